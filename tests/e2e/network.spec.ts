import { expect, test } from './fixtures.ts';

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
});
