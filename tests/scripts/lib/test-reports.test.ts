import { describe, expect, test } from 'vitest';
import { countPlaywright, countVitest } from '../../../scripts/lib/test-reports.ts';

describe('countVitest', () => {
	test('counts passed and failed, and treats skipped as failed', () => {
		expect(countVitest({ numPassedTests: 8, numFailedTests: 1, numTotalTests: 10 })).toEqual({
			passed: 8,
			failed: 2,
		});
	});
	test('returns undefined for a missing report', () => {
		expect(countVitest(undefined)).toBeUndefined();
		expect(countVitest({})).toBeUndefined();
	});
});

describe('countPlaywright', () => {
	test('counts flaky and skipped as failed', () => {
		expect(
			countPlaywright({ stats: { expected: 5, unexpected: 1, flaky: 1, skipped: 2 } }),
		).toEqual({ passed: 5, failed: 4 });
	});
	test('returns undefined without stats', () => {
		expect(countPlaywright({})).toBeUndefined();
	});
});
