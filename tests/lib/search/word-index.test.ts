import MiniSearch from 'minisearch';
import { describe, expect, test } from 'vitest';
import { processToken, tokenize } from '../../../src/lib/search/query.ts';
import {
	allowedTypos,
	getRecordContext,
	loadNameWords,
	loadRecordWords,
	searchBoth,
} from '../../../src/lib/search/word-index.ts';
import {
	buildWordRecords,
	fieldText,
	getWordFileNumber,
	type SearchEntry,
	splitWordRecords,
	toNameEntry,
} from '../../../src/lib/search/word-records.ts';

const entries: SearchEntry[] = [
	{
		id: 'vpn',
		term: 'VPN',
		aka: ['Virtual private network'],
		phrases: ['work from home access', 'connect from home'],
		definition: 'secure private connection device home home',
	},
	{ id: 'wi-fi', term: 'Wi-Fi', aka: ['Wireless network'], phrases: [], definition: 'radio' },
	{
		id: 'remote-work',
		term: 'Remote work',
		aka: [],
		phrases: ['working from home'],
		definition: 'home office',
	},
];
const names = entries.map(toNameEntry);

/** The index MiniSearch builds itself from whole entries, over some fields. */
function addAll(fields: string[]) {
	const index = new MiniSearch<SearchEntry>({
		fields,
		extractField: (entry, field) => fieldText(entry[field as keyof SearchEntry]),
		tokenize,
		processTerm: processToken,
	});
	index.addAll(entries);
	return index;
}

/** An index's serialised form with its words in a stable order, to compare two indexes. */
function serialised(index: MiniSearch) {
	const { index: words, ...rest } = index.toJSON();
	return { ...rest, index: [...words].sort(([a], [b]) => (a < b ? -1 : 1)) };
}

describe('the word index', () => {
	test('loaded from names is the index MiniSearch builds from the entries', () => {
		expect(serialised(loadNameWords(names).index)).toEqual(serialised(addAll(['term', 'aka'])));
	});

	test('loaded from word records is the index MiniSearch builds from phrases and definitions', () => {
		expect(
			serialised(loadRecordWords(getRecordContext(names), buildWordRecords(entries)).index),
		).toEqual(serialised(addAll(['phrases', 'definition'])));
	});

	test('knows which terms each form occurs in', () => {
		const words = loadRecordWords(getRecordContext(names), buildWordRecords(entries));
		expect([...words.terms.get('home')!]).toEqual([0, 2]);
		expect(words.terms.has('from')).toBe(false); // a stopword is not indexed
	});

	const context = getRecordContext(names);
	const wholeIndexes = () => [
		loadNameWords(names).index,
		loadRecordWords(context, buildWordRecords(entries)).index,
	];
	// Names, and one phrase index per word file, each holding the forms filed under it.
	const fileIndexes = () => {
		const files = splitWordRecords(buildWordRecords(entries), 5);
		return [
			loadNameWords(names).index,
			...files.map(
				(file, number) =>
					loadRecordWords(context, file, (form) => getWordFileNumber(form, 5) === number).index,
			),
		];
	};
	test.each([
		['home access', wholeIndexes],
		['wireless', wholeIndexes],
		['privat netwrk', wholeIndexes],
		['work from ho', wholeIndexes],
		['home access', fileIndexes],
		['privat netwrk homes', fileIndexes],
		['connecting devices', fileIndexes],
	])(
		'searched as several indexes, scores what one index over all fields scores: %s',
		(query, indexes) => {
			const options = {
				boost: { term: 6, aka: 4, phrases: 2, definition: 0.5 },
				fuzzy: (token: string) => allowedTypos(token),
				prefix: (token: string, index: number, tokens: readonly string[]) =>
					index === tokens.length - 1 && token.length >= 3,
				weights: { fuzzy: 0.5, prefix: 0.4 },
			};
			const both = searchBoth(indexes(), query, options);
			const one = addAll(['term', 'aka', 'phrases', 'definition']).search(query, options);
			expect(both.map((result) => String(result.id))).toEqual(
				one.map((result) => String(result.id)),
			);
			both.forEach((result, index) => {
				expect(result.score).toBeCloseTo(one[index]!.score, 9);
				expect(new Set(result.queryTerms)).toEqual(new Set(one[index]!.queryTerms));
				expect(new Set(result.terms)).toEqual(new Set(one[index]!.terms));
			});
			expect(both.length).toBeGreaterThan(0);
		},
	);
});
