import { expect, test } from './fixtures.ts';
import { siteOrigin } from './helpers/servers.ts';

test.describe('requests outside this machine', () => {
	// The site's Content-Security-Policy would stop these fetches before the network; without it,
	// the browser's own refusal is what is tested.
	test.use({ bypassCSP: true });

	test('are refused by the browser and recorded, by name and by address', async ({
		page,
		externalRequests,
	}) => {
		await page.goto('/');
		const outcomes = await page.evaluate(() =>
			Promise.all(
				['http://example.com/probe', 'http://192.0.2.1/probe'].map((url) =>
					fetch(url, { mode: 'no-cors' }).then(
						() => 'reached',
						() => 'refused',
					),
				),
			),
		);
		expect(outcomes).toEqual(['refused', 'refused']);
		expect(externalRequests).toEqual(['http://example.com/probe', 'http://192.0.2.1/probe']);
		// Both were expected here; the fixture fails every other test that makes one.
		externalRequests.length = 0;
	});

	test('are recorded in a context the test makes for itself too', async ({
		browser,
		externalRequests,
	}) => {
		const context = await browser.newContext({ bypassCSP: true });
		const page = await context.newPage();
		await page.goto(`${siteOrigin}/`);
		await page.evaluate(() =>
			fetch('http://example.com/own-context', { mode: 'no-cors' }).catch(() => undefined),
		);
		await context.close();
		expect(externalRequests).toEqual(['http://example.com/own-context']);
		externalRequests.length = 0;
	});
});
