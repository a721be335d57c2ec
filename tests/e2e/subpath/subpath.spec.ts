import { PREVIEW_SITE_URL } from '../../../src/lib/site/site-url.ts';
import { expect, test } from '../fixtures.ts';
import { crawl } from '../helpers/crawl.ts';
import { scanHandOffs } from '../helpers/hand-offs.ts';
import { kits } from '../helpers/kits.ts';

// The same site built with BASE_PATH=/learning/, as an intranet might host it.
const base = '/learning/';
const kit = kits[0]!.id;

test('every link, asset and fragment works under the sub-path and none escapes it', async ({
	request,
	baseURL,
}) => {
	test.setTimeout(180_000);
	const origin = new URL(baseURL!).origin;
	// The 404 page is linked from nowhere but served at every unknown address.
	const { pages, broken } = await crawl(request, origin, base, `${base}404.html`);
	expect(pages.size).toBeGreaterThan(250);
	expect(broken).toEqual([]);
	expect([...pages.keys()].filter((path) => !path.startsWith(base))).toEqual([]);
});

test('search, tooltips, the invite and presenter mode work under the sub-path', async ({
	page,
}) => {
	await page.goto(`${base}guides/reporting-an-it-problem/`);
	await page.waitForFunction(() => customElements.get('cg-term') !== undefined);
	const term = page.locator('cg-term').first();
	await term.locator('.cg-term__link').hover();
	await expect(term.locator('.cg-term__popup')).toBeVisible();
	await expect(term.locator('.cg-term__link')).toHaveAttribute(
		'href',
		new RegExp(`^${base}glossary/`),
	);

	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog', { name: 'Search' });
	await dialog.getByRole('textbox').fill('Virtual private network');
	await expect(dialog.locator('.pagefind-ui__result-link').first()).toHaveAttribute(
		'href',
		`${base}glossary/vpn/`,
	);
	await expect(dialog.locator('.cg-answer').getByRole('link', { name: 'VPN' })).toHaveAttribute(
		'href',
		`${base}glossary/vpn/`,
	);

	await page.goto(`${base}talks/spotting-phishing/`);
	await expect(
		page.locator('ul.run').getByRole('link', { name: 'Calendar invite' }),
	).toHaveAttribute('href', `${base}talks/spotting-phishing.ics`);
	await page.getByRole('link', { name: 'Presenter mode', exact: true }).click();
	await page.waitForURL(`**${base}talks/spotting-phishing/present/`);
	await page.waitForFunction(() => customElements.get('cg-presenter') !== undefined);
	await page.keyboard.press('ArrowRight');
	await expect(page.getByText(/^Slide 2 of \d+$/)).toBeVisible();
});

test('the hand-off codes carry the sub-path, on the handout and on the last slide', async ({
	browser,
	baseURL,
}) => {
	const context = await browser.newContext({ deviceScaleFactor: 3 });
	const page = await context.newPage();
	const expected = (name: string) => `${PREVIEW_SITE_URL}${base}talks/${kit}/${name}/`;
	const scan = async () => {
		for (const link of await page.locator('[data-hand-off]:visible a').all())
			await expect(link).toHaveAttribute('href', new RegExp(`^${base}talks/`));
		return scanHandOffs(page);
	};
	const all = {
		handout: expected('handout'),
		terms: expected('terms'),
		feedback: expected('feedback'),
	};
	await page.emulateMedia({ media: 'print' });
	await page.goto(`${baseURL}${base}talks/${kit}/handout/`);
	expect(await scan()).toEqual(all);
	await page.emulateMedia({ media: 'screen' });
	await page.goto(`${baseURL}${base}talks/${kit}/present/?view=audience`);
	await page.keyboard.press('End');
	expect(await scan()).toEqual(all);
	await context.close();
});

test('the kits work offline under the sub-path, from a worker scoped to it', async ({
	browser,
	baseURL,
}) => {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${baseURL}${base}talks/${kit}/`);
	await expect(page.getByText(/now open on this device without a network/)).toBeVisible({
		timeout: 30_000,
	});
	expect(
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope),
	).toBe(`${baseURL}${base}`);
	await context.setOffline(true);
	for (const path of ['present/', 'handout/', ''])
		expect((await page.goto(`${baseURL}${base}talks/${kits.at(-1)!.id}/${path}`))?.ok()).toBe(true);
	await context.close();
});
