import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/lib/find-chromium.ts';

const port = 4327;

// Browser tests run against the built site in dist/ (npm test builds it first).
export default defineConfig({
	testDir: './tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	forbidOnly: Boolean(process.env.CI),
	reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		browserName: 'chromium',
		launchOptions: { executablePath: findChromium(), args: chromiumArgs },
	},
	webServer: {
		command: `astro preview --host 127.0.0.1 --port ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
