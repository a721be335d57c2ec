import { describe, expect, test } from 'vitest';
import {
	readSourceCorpus,
	selectSubset,
	serialiseEntry,
	smallQuota,
} from '../../../../scripts/lib/bench/corpus.ts';
import {
	type QueryTiming,
	drawQueries,
	makeTypo,
	missQueries,
	summarise,
} from '../../../../scripts/lib/bench/search.ts';
import { projectRoot } from '../../../../scripts/lib/scratch-site.ts';

const source = readSourceCorpus(projectRoot);
const queries = drawQueries(selectSubset(source, smallQuota));

describe('drawQueries', () => {
	test('draws 30 different queries: 6 terms, 3 typos, 3 questions, 6 aliases, 9 phrases, 3 misses', () => {
		expect(queries).toHaveLength(30);
		expect(new Set(queries.map((query) => query.text.toLowerCase())).size).toBe(30);
		const count = (kind: string) => queries.filter((query) => query.kind === kind).length;
		expect(
			['term', 'typo', 'question', 'alias', 'phrase', 'miss'].map((kind) => count(kind)),
		).toEqual([6, 3, 3, 6, 9, 3]);
		expect(
			queries
				.filter((query) => query.kind === 'question')
				.every((q) => q.text.startsWith('what is ')),
		).toBe(true);
		expect(
			queries.filter((query) => query.kind === 'phrase').every((q) => q.text.includes(' ')),
		).toBe(true);
	});

	test('misses appear nowhere in the content', () => {
		const text = [
			...source.entries.map(serialiseEntry),
			...source.verbatim.map((file) => file.text),
		]
			.join('\n')
			.toLowerCase();
		for (const miss of missQueries)
			for (const word of miss.split(' ')) expect(text).not.toContain(word);
	});
});

test('summarise takes latency over answered queries and bytes over all', () => {
	const timing = (firstMs: number | null, pagefindBytes: number): QueryTiming => ({
		query: 'q',
		kind: 'term',
		firstMs,
		pagefindMs: firstMs,
		answerMs: null,
		pagefindBytes,
		answerBytes: 0,
	});
	expect(summarise([timing(10, 100), timing(30, 300), timing(null, 200)])).toEqual({
		medianMs: 20,
		p95Ms: 30,
		medianPagefindBytes: 200,
		medianAnswerBytes: 0,
		answered: 2,
	});
});

test('a typo swaps the third and fourth letters of a name of six letters or more', () => {
	expect(makeTypo('Firewall')).toBe('Fierwall');
	expect(makeTypo('Agile')).toBe('Agile');
});
