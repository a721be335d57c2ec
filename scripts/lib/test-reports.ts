/** Passed and failed counts for the summary line. */
export interface Tally {
	passed: number;
	failed: number;
}

/** Counts from Vitest's JSON reporter; undefined when the report is missing or malformed. */
export function countVitest(report: unknown): Tally | undefined {
	const data = report as
		{ numPassedTests?: unknown; numFailedTests?: unknown; numTotalTests?: unknown } | undefined;
	if (typeof data?.numPassedTests !== 'number' || typeof data.numFailedTests !== 'number')
		return undefined;
	const total = typeof data.numTotalTests === 'number' ? data.numTotalTests : 0;
	// Skipped or todo tests count as failed: nothing may be left out quietly.
	const notRun = Math.max(0, total - data.numPassedTests - data.numFailedTests);
	return { passed: data.numPassedTests, failed: data.numFailedTests + notRun };
}

/** Counts from Playwright's JSON reporter; flaky counts as failed, skipped too. */
export function countPlaywright(report: unknown): Tally | undefined {
	const stats = (report as { stats?: Record<string, unknown> } | undefined)?.stats;
	if (!stats || typeof stats.expected !== 'number') return undefined;
	const number = (key: string) => (typeof stats[key] === 'number' ? stats[key] : 0);
	return {
		passed: number('expected'),
		failed: number('unexpected') + number('flaky') + number('skipped'),
	};
}
