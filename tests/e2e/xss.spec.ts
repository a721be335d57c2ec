import { expect, test } from './fixtures.ts';
import { payloads } from '../../scripts/lib/xss-payloads.ts';
import { guard } from './helpers/xss-guard.ts';

test.describe('XSS', () => {
	test.describe.configure({ timeout: 240_000 });
	// The site's Content-Security-Policy would stop an injected script from running, and so hide
	// it from the guard, which also watches for scripts that run: the markup must be safe alone.
	test.use({ bypassCSP: true });
	expect(payloads.length).toBeGreaterThanOrEqual(500);

	test('the detector itself catches an injected payload', async ({ page }) => {
		const check = await guard(page);
		await page.goto('/glossary/');
		await page.evaluate(() =>
			document
				.querySelector('main')!
				.insertAdjacentHTML('beforeend', '<img src=x onerror="window.__xss=1">'),
		);
		await expect
			.poll(check)
			.toEqual(expect.arrayContaining(['window.__xss was set', 'img[onerror]']));
	});

	test('the glossary filter treats 500 payloads as text', async ({ page }) => {
		const check = await guard(page);
		await page.goto('/glossary/');
		await page.waitForFunction(() => customElements.get('cg-catalogue-filter') !== undefined);
		const box = page.getByLabel('Find a term');
		for (const payload of payloads) await box.fill(payload);
		await expect(page.getByRole('status')).toHaveText(/Showing \d+ terms?/);
		expect(await check()).toEqual([]);
	});

	test('the search box treats 500 payloads as text', async ({ page }) => {
		const check = await guard(page);
		await page.goto('/');
		await page.getByRole('button', { name: 'Search' }).click();
		const box = page.getByRole('dialog', { name: 'Search' }).getByRole('textbox');
		for (const [index, payload] of payloads.entries()) {
			await box.fill(payload);
			if (index % 50 === 0) await page.waitForTimeout(400);
		}
		await box.fill('vpn <img src=x onerror=alert(1)>');
		await page.waitForTimeout(800);
		expect(await check()).toEqual([]);
	});

	test('the start page look-up box treats 500 payloads as text, as typed and as sent', async ({
		page,
	}) => {
		const check = await guard(page);
		await page.goto('/');
		const box = page.getByRole('searchbox', { name: 'Look up a term' });
		for (const [index, payload] of payloads.entries()) {
			await box.fill(payload);
			if (index % 100 === 0) await page.waitForTimeout(100);
		}
		await box.fill('<img src=x onerror=alert(1)> zzqx');
		await box.press('Enter');
		await page.waitForURL(/\/glossary\/\?q=/);
		expect(await check()).toEqual([]);
	});

	const pages = [
		{ path: '/glossary/', params: ['q', 'lens', 'category'] },
		{ path: '/talks/', params: ['q', 'kind', 'direction', 'audience', 'length'] },
		{ path: '/modules/', params: ['q', 'track', 'level', 'time'] },
		{ path: '/wins/', params: ['q', 'team'] },
	];

	// The payloads dealt round the pages, each into every parameter its page reads and into the
	// fragment: 500 page loads in all, in one test per page so the two workers share them.
	for (const [index, { path, params }] of pages.entries())
		test(`every URL parameter ${path} reads treats its share of the 500 payloads as text`, async ({
			page,
		}) => {
			const check = await guard(page);
			const share = payloads.filter((_, number) => number % pages.length === index);
			expect(share.length).toBeGreaterThanOrEqual(payloads.length / pages.length - 1);
			for (const payload of share) {
				const query = new URLSearchParams(params.map((name) => [name, payload]));
				await page.goto(`${path}?${query.toString()}#${encodeURIComponent(payload)}`, {
					waitUntil: 'domcontentloaded',
				});
			}
			await page.waitForLoadState('load');
			expect(await check()).toEqual([]);
		});
});
