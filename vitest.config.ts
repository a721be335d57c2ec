/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		exclude: ['tests/e2e/**'],
		testTimeout: 30_000,
		// Vitest leaves one core free by default, which on a two-core machine means one file at a
		// time; the unit tests take about two thirds of the time on every core.
		maxWorkers: '100%',
		// Files share a worker instead of each starting a fresh one (about 8 s less). Tests must
		// therefore undo what they change globally, as device-storage.test.ts does with its stubs.
		isolate: false,
		// `vitest run --coverage` (as npm test runs it) fails below this floor. Browser code
		// (*.client.ts) is covered by the browser tests instead.
		coverage: {
			provider: 'v8',
			include: ['src/lib/**/*.ts', 'src/markdown/**/*.ts', 'scripts/lib/**/*.ts'],
			reporter: ['text-summary'],
			reportsDirectory: 'reports/coverage',
			thresholds: { lines: 85 },
		},
	},
});
