// The search-quality suite against the glossary search alone, on the real content. The browser
// test (tests/e2e/search-quality.spec.ts) runs the same queries through the search dialog.
import { beforeAll, describe, expect, test } from 'vitest';
import { createIndexedSearch } from '../../../src/lib/search/glossary-search.ts';
import {
	buildSearchIndex,
	parseSearchIndex,
	parseWordFile,
} from '../../../src/lib/search/index-files.ts';
import { getWordFileNumbers, type WordRecords } from '../../../src/lib/search/word-records.ts';
import { toIndexedTerm } from '../../../src/lib/search/indexed-term.ts';
import { readContent } from '../../../src/lib/validation/read-content.ts';
import {
	readNegativeQueries,
	readQualityCases,
	summariseQuality,
} from '../../helpers/search-quality.ts';

/** Share of queries whose expected term must come first. */
const REQUIRED = 0.95;

let ids: Set<string>;
let names: string;
let wordFiles: WordRecords[];
/** The search as a browser has it after fetching every file the build wrote. */
let search: (query: string) => ReturnType<ReturnType<typeof createIndexedSearch>>;

beforeAll(async () => {
	const { content } = await readContent('.', ['glossary']);
	const files = buildSearchIndex(content.glossary.map(toIndexedTerm));
	names = files.names;
	wordFiles = files.words.map(parseWordFile);
	const find = createIndexedSearch(parseSearchIndex(names).entries, wordFiles.length);
	search = (query) => find(query, (number) => wordFiles[number]);
	ids = new Set(content.glossary.map((term) => term.id));
});

describe('search quality', () => {
	const cases = readQualityCases();

	test('the suite has at least 250 queries across both lenses, each naming a real term', () => {
		expect(cases.length).toBeGreaterThanOrEqual(250);
		expect(cases.flatMap((item) => item.expected).filter((id) => !ids.has(id))).toEqual([]);
	});

	test(`the right term comes first for at least ${REQUIRED * 100} % of the queries`, () => {
		const summary = summariseQuality(
			cases,
			cases.map((item) => search(item.query).answers[0]?.id),
		);
		console.log(`Glossary search quality\n${summary.report}\n${summary.misses.join('\n')}`);
		expect(summary.passed / summary.total).toBeGreaterThanOrEqual(REQUIRED);
	});

	test('at least 20 off-topic queries, and none of them gets a glossary answer', () => {
		const negatives = readNegativeQueries();
		expect(negatives.length).toBeGreaterThanOrEqual(20);
		expect(negatives.filter((query) => search(query).answers.length > 0)).toEqual([]);
	});

	test('a query answers the same from only its own word files as from all of them', () => {
		// A fresh search, fetching files query by query as a browser does.
		const fresh = createIndexedSearch(parseSearchIndex(names).entries, wordFiles.length);
		const queries = [...cases.map((item) => item.query), ...readNegativeQueries()];
		const differ = queries.filter((query) => {
			const own = new Set(getWordFileNumbers(query, wordFiles.length));
			const alone = fresh(query, (number) => (own.has(number) ? wordFiles[number] : undefined));
			return JSON.stringify(alone) !== JSON.stringify(search(query));
		});
		expect(differ).toEqual([]);
	});

	test('a name typed whole answers from the names file alone, as it does with every word file', () => {
		const namesOnly = createIndexedSearch(parseSearchIndex(names).entries, wordFiles.length);
		const typed = parseSearchIndex(names).entries.flatMap((entry) => [entry.term, ...entry.aka]);
		const differ = typed.filter(
			(name) =>
				JSON.stringify(namesOnly(name, () => undefined).answers) !==
				JSON.stringify(search(name).answers),
		);
		expect(typed.length).toBeGreaterThan(400);
		expect(differ).toEqual([]);
	});
});
