import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { issueCodes } from '../../../src/lib/validation/codes.ts';

const sources = [
	'validation/content-graph.ts',
	'validation/issues.ts',
	'validation/read-content.ts',
	'validation/health-check.ts',
	'modules/quiz-lint.ts',
].map((file) => readFileSync(`src/lib/${file}`, 'utf8'));
const used = [
	...new Set(
		sources.flatMap((source) => [...source.matchAll(/code: '([a-z-]+)'/g)].map((m) => m[1]!)),
	),
].sort();

describe('issue codes', () => {
	test('every code the checks use is explained in the authoring guide, and no other', () => {
		expect(used.length).toBeGreaterThan(20);
		expect(Object.keys(issueCodes).sort()).toEqual(used);
	});
});
