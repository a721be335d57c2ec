import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { getWordFileNumbers } from '../../src/lib/search/word-records.ts';
import { expect, test } from './fixtures.ts';

/** Opens the search dialog from the start page, as a reader clicks the search button. */
async function openSearch(page: Page) {
	await page.goto('/');
	await page.getByRole('button', { name: 'Search' }).click();
	return page.getByRole('dialog', { name: 'Search' });
}

const countFiles = (folder: string) =>
	readdirSync(`content/${folder}`, { recursive: true }).filter((name) =>
		/\.(ya?ml|mdx?)$/.test(String(name)),
	).length;

test('Starlight search finds a glossary term by its alias', async ({ page }) => {
	await page.goto('/guides/your-first-week-with-it/');
	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog', { name: 'Search' });
	await dialog.getByRole('textbox').fill('Virtual private network');
	await expect(dialog.locator('.pagefind-ui__result-link').first()).toHaveAttribute(
		'href',
		/\/glossary\/vpn\/$/,
	);
});

test('every page carries a search type filter', async ({ page }) => {
	await page.goto('/');
	const counts = await page.evaluate(async () => {
		const bundle = '/pagefind/pagefind.js';
		const pagefind = (await import(/* @vite-ignore */ bundle)) as {
			filters: () => Promise<Record<string, Record<string, number>>>;
		};
		return (await pagefind.filters()).type;
	});
	expect(counts).toMatchObject({
		glossary: countFiles('glossary'),
		guide: countFiles('docs/guides'),
		module: countFiles('modules'),
		talk: countFiles('talks'),
		path: countFiles('paths'),
	});
});

test.describe('glossary answer in the search dialog', () => {
	test('Ctrl+K opens search with the answer working, straight from the keyboard', async ({
		page,
	}) => {
		await page.goto('/guides/');
		// As on any loaded page: Starlight creates the search box when the page is idle.
		await page.locator('#starlight__search input').waitFor({ state: 'attached' });
		await page.keyboard.press('Control+k');
		const dialog = page.getByRole('dialog', { name: 'Search' });
		await page.keyboard.type('firwall');
		const card = dialog.locator('.cg-answer');
		await expect(card.getByRole('link', { name: 'Firewall' })).toHaveAttribute(
			'href',
			'/glossary/firewall/',
		);
	});

	test('the page behind the dialog is tinted, not blurred (a blur is redrawn at every key)', async ({
		page,
	}) => {
		const dialog = await openSearch(page);
		const backdrop = await dialog.evaluate((element) => {
			const style = getComputedStyle(element, '::backdrop');
			return { filter: style.backdropFilter, tint: style.backgroundColor };
		});
		expect(backdrop.filter).toBe('none');
		expect(backdrop.tint).not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/);
	});

	test('arrow keys move from the box through the answer and the results, Enter opens', async ({
		page,
	}) => {
		const dialog = await openSearch(page);
		await dialog.getByRole('textbox').fill('capex vs opex');
		const card = dialog.locator('.cg-answer');
		await expect(card.getByRole('link', { name: 'Opex' })).toBeVisible();
		await page.keyboard.press('ArrowDown');
		await expect(card.getByRole('link', { name: 'Capex' })).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(card.getByRole('link', { name: 'Opex' })).toBeFocused();
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await expect(dialog.getByRole('textbox')).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/glossary\/capex\/$/);
	});

	test('the answer is read out once, when typing stops, not at every key', async ({ page }) => {
		const dialog = await openSearch(page);
		const status = dialog.locator('p.sr-only[aria-live]');
		await status.evaluate((element) => {
			(window as unknown as { changes: number }).changes = 0;
			new MutationObserver(() => (window as unknown as { changes: number }).changes++).observe(
				element,
				{ childList: true, characterData: true, subtree: true },
			);
		});
		await dialog.getByRole('textbox').pressSequentially('virtual private network', { delay: 40 });
		await expect(status).toHaveText(/^Glossary: VPN\./);
		expect(await page.evaluate(() => (window as unknown as { changes: number }).changes)).toBe(1);
	});

	test('no match says so, offers the nearest terms and a way to suggest the term', async ({
		page,
	}) => {
		const dialog = await openSearch(page);
		await dialog.getByRole('textbox').fill('lunch menu');
		const card = dialog.locator('.cg-answer');
		await expect(card).toHaveAttribute('data-state', 'none');
		await expect(card).toContainText('No glossary term matches “lunch menu”.');
		await expect(card.getByRole('link', { name: 'Lunch and learn' })).toBeVisible();
		await expect(card.getByRole('link', { name: 'Suggest this term' })).toHaveAttribute(
			'href',
			/^mailto:.*lunch%20menu/,
		);
	});
});

test.describe('what a search fetches', () => {
	test('a description fetches the word files of its own words, and no others', async ({ page }) => {
		const dialog = await openSearch(page);
		const fetched = new Set<number>();
		page.on('request', (request) => {
			const file = /\/search\/words\/(\d+)\.txt$/.exec(request.url())?.[1];
			if (file) fetched.add(Number(file));
		});
		const query = 'laptop got a virus';
		await dialog.getByRole('textbox').fill(query);
		await expect(dialog.locator('.cg-answer').getByRole('link', { name: 'Malware' })).toBeVisible();
		const names = await (await page.request.get('/search/glossary-names.txt')).text();
		const wordFiles = Number(names.split('\n')[0]!.split(' ')[1]);
		expect([...fetched].sort((a, b) => a - b)).toEqual(getWordFileNumbers(query, wordFiles));
		expect(fetched.size).toBeLessThan(wordFiles / 10);
	});

	test('with the word files out of reach, names still answer', async ({ page }) => {
		await page.route('**/search/words/**', (route) => route.abort());
		const dialog = await openSearch(page);
		await dialog.getByRole('textbox').fill('firwall');
		await expect(
			dialog.locator('.cg-answer').getByRole('link', { name: 'Firewall' }),
		).toBeVisible();
	});
});

test.describe('one matcher everywhere', () => {
	test('the glossary filter answers like the search, whole words before letters inside words', async ({
		page,
	}) => {
		await page.goto('/glossary/');
		await page.waitForFunction(() => customElements.get('cg-catalogue-filter') !== undefined);
		await page.getByLabel('Find a term').fill('SSO');
		const answer = page.locator('cg-catalogue-filter .cg-answer');
		await expect(answer.locator('.cg-answer__term a').first()).toHaveText('SSO');
		await expect(page.locator('[data-item]:visible', { hasText: 'Peripheral' })).toHaveCount(0);
		await expect(page.locator('[data-item][data-id="sso"]')).toBeVisible();
	});

	test('the glossary filter lists the terms whose phrases hold a name, once their words are in', async ({
		page,
	}) => {
		await page.goto('/glossary/');
		await page.waitForFunction(() => customElements.get('cg-catalogue-filter') !== undefined);
		await page.getByLabel('Find a term').fill('VPN');
		const answer = page.locator('cg-catalogue-filter .cg-answer');
		await expect(answer.locator('.cg-answer__term a').first()).toHaveText('VPN');
		// "vpn won't connect in hotel" is one of Captive portal's phrases.
		await expect(page.locator('[data-item][data-id="captive-portal"]')).toBeVisible();
		await expect(page.locator('[data-item][data-id="vpn"]')).toBeVisible();
	});

	test('the start page look-up opens the term, or the filtered glossary when none matches', async ({
		page,
	}) => {
		await page.goto('/');
		const box = page.getByRole('searchbox', { name: 'Look up a term' });
		await box.fill('what does erp stand for');
		await expect(page.locator('cg-term-lookup .cg-answer__term a').first()).toHaveText('ERP');
		await box.press('Enter');
		await expect(page).toHaveURL(/\/glossary\/erp\/$/);
		await page.goto('/');
		await page.getByRole('searchbox', { name: 'Look up a term' }).fill('zzqx plover');
		await page.getByRole('button', { name: 'Look up' }).click();
		await expect(page).toHaveURL(/\/glossary\/\?q=zzqx\+plover$/);
	});

	test('the same query gives the same first answer in all three boxes', async ({ page }) => {
		const query = 'slas';
		await page.goto('/');
		await page.getByRole('searchbox', { name: 'Look up a term' }).fill(query);
		const start = await page.locator('cg-term-lookup .cg-answer__term a').first().textContent();
		await page.getByRole('button', { name: 'Search' }).click();
		await page.getByRole('dialog', { name: 'Search' }).getByRole('textbox').fill(query);
		const dialog = await page
			.getByRole('dialog', { name: 'Search' })
			.locator('.cg-answer__term a')
			.first()
			.textContent();
		await page.goto(`/glossary/?q=${query}`);
		const filter = await page
			.locator('cg-catalogue-filter .cg-answer__term a')
			.first()
			.textContent();
		expect([start, dialog, filter]).toEqual(['SLA', 'SLA', 'SLA']);
	});
});

test('the glossary index is left out of the page results; term pages come first for term names', async ({
	page,
}) => {
	await page.goto('/');
	const urls = await page.evaluate(async () => {
		const bundle = '/pagefind/pagefind.js';
		const pagefind = (await import(/* @vite-ignore */ bundle)) as {
			search: (term: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
		};
		const first = async (query: string) => {
			const { results } = await pagefind.search(query);
			return Promise.all(results.slice(0, 20).map(async (result) => (await result.data()).url));
		};
		return { bottleneck: await first('bottleneck'), latency: await first('latency') };
	});
	expect(urls.bottleneck).not.toContain('/glossary/');
	expect(urls.bottleneck[0]).toBe('/glossary/bottleneck/');
	expect(urls.latency[0]).toBe('/glossary/latency/');
});
