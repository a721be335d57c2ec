import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';

/** One query of the search-quality suite and the term ids that may come first. */
export interface QualityCase {
	kind: string;
	query: string;
	expected: string[];
}

const folder = new URL('../fixtures/search-quality/', import.meta.url);

/**
 * The suite's queries with an expected first term, by kind (everyday, typo, plural …): the main
 * suite (`queries.yaml`), or the held-out set (`held-out.yaml`).
 */
export function readQualityCases(
	file: 'queries.yaml' | 'held-out.yaml' = 'queries.yaml',
): QualityCase[] {
	const groups = yaml.load(readFileSync(new URL(file, folder), 'utf8')) as Record<
		string,
		[string, string | string[]][]
	>;
	return Object.entries(groups).flatMap(([kind, rows]) =>
		rows.map(([query, expected]) => ({
			kind,
			query: String(query),
			expected: Array.isArray(expected) ? expected : [expected],
		})),
	);
}

/** Queries the glossary must not answer. */
export function readNegativeQueries(): string[] {
	return (yaml.load(readFileSync(new URL('negatives.yaml', folder), 'utf8')) as unknown[]).map(
		String,
	);
}

/** How the suite went: the share right first, by kind, and every miss, for the test log. */
export function summariseQuality(
	cases: readonly QualityCase[],
	firstIds: readonly (string | undefined)[],
): { passed: number; total: number; report: string; misses: string[] } {
	const byKind = new Map<string, { passed: number; total: number }>();
	const misses: string[] = [];
	cases.forEach((item, index) => {
		const ok = item.expected.includes(firstIds[index] ?? '');
		const tally = byKind.get(item.kind) ?? { passed: 0, total: 0 };
		tally.total++;
		if (ok) tally.passed++;
		else
			misses.push(
				`${item.kind}: "${item.query}" → ${firstIds[index] ?? 'no answer'} (want ${item.expected.join(' or ')})`,
			);
		byKind.set(item.kind, tally);
	});
	const passed = [...byKind.values()].reduce((sum, tally) => sum + tally.passed, 0);
	const percent = (p: number, t: number) => `${((100 * p) / t).toFixed(1)} %`;
	const lines = [...byKind].map(
		([kind, tally]) =>
			`  ${kind.padEnd(9)} ${tally.passed}/${tally.total} (${percent(tally.passed, tally.total)})`,
	);
	return {
		passed,
		total: cases.length,
		misses,
		report: [
			`right term first: ${passed}/${cases.length} (${percent(passed, cases.length)})`,
			...lines,
		].join('\n'),
	};
}
