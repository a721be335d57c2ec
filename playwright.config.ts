import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/lib/find-chromium.ts';
import {
	hostilePort,
	nginxPort,
	sitePort as port,
	subPathPort,
} from './tests/e2e/helpers/servers.ts';

// Browser tests run against the built site in dist/ (npm test builds it first).
export default defineConfig({
	testDir: './tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	forbidOnly: Boolean(process.env.CI),
	reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
	use: {
		browserName: 'chromium',
		launchOptions: {
			executablePath: findChromium(),
			// Every request outside this machine goes to a proxy nobody listens on, so it fails;
			// Chromium never proxies loopback addresses. tests/e2e/fixtures.ts records such requests.
			args: [...chromiumArgs, '--proxy-server=127.0.0.1:9'],
		},
	},
	projects: [
		{
			name: 'site',
			testIgnore: ['subpath/**', 'nginx/**', 'hostile/**'],
			use: { baseURL: `http://127.0.0.1:${port}` },
		},
		// dist/ served by nginx with deploy/nginx.conf, as a host would run it.
		{ name: 'nginx', testMatch: 'nginx/**', use: { baseURL: `http://127.0.0.1:${nginxPort}` } },
		// The same site built into dist-subpath/ with BASE_PATH=/learning/ (npm test builds both).
		{
			name: 'sub-path',
			testMatch: 'subpath/**',
			use: { baseURL: `http://127.0.0.1:${subPathPort}` },
		},
		// A copy of the site with XSS payloads in its content fields (scripts/build-hostile-site.ts).
		{
			name: 'hostile',
			testMatch: 'hostile/**',
			use: { baseURL: `http://127.0.0.1:${hostilePort}` },
		},
	],
	webServer: [
		{
			command: `node scripts/serve-nginx.ts --dir dist --port ${nginxPort}`,
			url: `http://127.0.0.1:${nginxPort}/`,
			reuseExistingServer: false,
			timeout: 60_000,
		},
		{
			// The main test site: dist/ behind nginx too, so every test runs under the production
			// headers and caching (and page loads cost a quarter less than Astro's preview server).
			command: `node scripts/serve-nginx.ts --dir dist --port ${port}`,
			url: `http://127.0.0.1:${port}/`,
			reuseExistingServer: false,
			timeout: 60_000,
		},
		{
			// Astro runs one preview server per project, so the sub-path build gets a plain static server.
			command: `node scripts/serve-static.ts --dir dist-subpath --base /learning/ --port ${subPathPort}`,
			url: `http://127.0.0.1:${subPathPort}/learning/`,
			reuseExistingServer: false,
			timeout: 60_000,
		},
		{
			command: `node scripts/serve-static.ts --dir .astro/scratch/hostile/dist --port ${hostilePort}`,
			url: `http://127.0.0.1:${hostilePort}/`,
			reuseExistingServer: false,
			timeout: 60_000,
		},
	],
});
