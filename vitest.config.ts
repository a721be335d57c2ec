/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		exclude: ['tests/e2e/**'],
		testTimeout: 30_000,
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
