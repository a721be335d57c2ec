import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import type { Page } from '@playwright/test';
import { expect, findA11yViolations, test } from './fixtures.ts';
import { guideWithContacts } from './helpers/templates.ts';
import { siteOrigin } from './helpers/servers.ts';

const guide = `/guides/${guideWithContacts}/`;

/** Opens a page and waits until the tooltip behaviour, which loads lazily, is ready. */
async function openWithTooltips(page: Page, path: string) {
	await page.goto(path);
	await page.waitForFunction(() => customElements.get('cg-term') !== undefined);
}
const terms = readdirSync('content/glossary').map(
	(file) =>
		yaml.load(readFileSync(`content/glossary/${file}`, 'utf8'), { schema: yaml.CORE_SCHEMA }) as {
			lens: string;
			category: string;
		},
);

test.describe('term tooltips', () => {
	test('open on hover and close when the pointer leaves', async ({ page }) => {
		await openWithTooltips(page, guide);
		const term = page.locator('cg-term').first();
		const popup = term.locator('.cg-term__popup');
		await expect(popup).toBeHidden();
		// Measured once the term is in view, as hovering scrolls to it.
		await term.locator('.cg-term__link').scrollIntoViewIfNeeded();
		const before = await page.locator('main').boundingBox();
		await term.locator('.cg-term__link').hover();
		await expect(popup).toBeVisible();
		await expect(popup.locator('.cg-term__short')).not.toBeEmpty();
		expect(await page.locator('main').boundingBox()).toEqual(before);
		await page.mouse.move(5, 5);
		await expect(popup).toBeHidden();
	});

	test('open on keyboard focus, close on Esc, and never hold the focus', async ({ page }) => {
		await openWithTooltips(page, guide);
		const link = page.locator('cg-term .cg-term__link').first();
		await link.focus();
		const popup = page.locator('cg-term .cg-term__popup').first();
		await expect(popup).toBeVisible();
		await expect(link).toHaveAccessibleDescription(/\S/);
		await page.keyboard.press('Escape');
		await expect(popup).toBeHidden();
		await expect(link).toBeFocused();
		await link.focus();
		await page.keyboard.press('Tab');
		await expect(link).not.toBeFocused();
		await expect(popup.locator('.cg-term__more')).not.toBeFocused();
		await expect(popup).toBeHidden();
	});

	test('without JavaScript the term is a plain link to its entry', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${siteOrigin}${guide}`);
		const link = page.locator('cg-term .cg-term__link').first();
		await expect(link).toHaveAttribute('href', /\/glossary\/[a-z0-9-]+\/$/);
		await expect(page.locator('cg-term .cg-term__popup').first()).toBeHidden();
		await link.click();
		await expect(page).toHaveURL(/\/glossary\/[a-z0-9-]+\/$/);
		await context.close();
	});

	test('print hides tooltips and lists the terms on the page', async ({ page }) => {
		await openWithTooltips(page, guide);
		const list = page.locator('.cg-print-terms');
		await expect(list).toBeHidden();
		await page.emulateMedia({ media: 'print' });
		await expect(list).toBeVisible();
		await expect(list).toContainText('Terms on this page');
		const firstTerm = await page.locator('cg-term .cg-term__name').first().textContent();
		await expect(list.locator('dt', { hasText: firstTerm ?? '' })).toHaveCount(1);
		expect(await list.locator('dt').count()).toBeGreaterThanOrEqual(
			await page.locator('cg-term').count(),
		);
		await expect(page.locator('.cg-term__popup').first()).toBeHidden();
	});

	test('a page with a tooltip open has no axe violations', async ({ page }) => {
		await openWithTooltips(page, guide);
		await page.locator('cg-term .cg-term__link').first().focus();
		await expect(page.locator('cg-term .cg-term__popup').first()).toBeVisible();
		expect(await findA11yViolations(page)).toEqual([]);
	});
});

test.describe('on a touch screen', () => {
	test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });

	test('a tap shows the definition, its link opens the entry, an outside tap closes it', async ({
		page,
	}) => {
		await openWithTooltips(page, guide);
		const term = page.locator('cg-term').first();
		await term.locator('.cg-term__link').tap();
		await expect(term.locator('.cg-term__popup')).toBeVisible();
		expect(new URL(page.url()).pathname).toBe(guide);
		await page.locator('h1').tap();
		await expect(term.locator('.cg-term__popup')).toBeHidden();
		await term.locator('.cg-term__link').tap();
		await term.locator('.cg-term__more').tap();
		await expect(page).toHaveURL(/\/glossary\/[a-z0-9-]+\/$/);
	});
});

test.describe('glossary index', () => {
	test('filters by lens and category from the URL and counts the results', async ({ page }) => {
		await page.goto('/glossary/?lens=business&category=finance');
		const expected = terms.filter(
			(term) => term.lens === 'business' && term.category === 'finance',
		).length;
		await expect(page.getByRole('status')).toHaveText(`Showing ${expected} terms`);
		await expect(page.locator('[data-item]:visible')).toHaveCount(expected);
		await expect(page.getByLabel('Explained for')).toHaveValue('business');
	});

	test('filters as you type over aliases and phrases, and keeps the state in the URL', async ({
		page,
	}) => {
		await page.goto('/glossary/');
		await page.waitForFunction(() => customElements.get('cg-catalogue-filter') !== undefined);
		await page.getByLabel('Find a term').fill('work from home');
		await expect(
			page.locator('[data-item]:visible', { hasText: 'Virtual private network' }),
		).toHaveCount(1);
		expect(await page.locator('[data-item]:visible').count()).toBeLessThan(terms.length);
		await expect(page).toHaveURL(/\?q=work\+from\+home$/);
		await page.getByLabel('Find a term').fill('virtual private network');
		await expect(page.locator('[data-item]:visible')).toHaveCount(1);
		await page.getByLabel('Topic').selectOption('finance');
		await expect(page).toHaveURL(/category=finance/);
		await expect(page.getByText('No term matches.')).toBeVisible();
		await page.getByRole('button', { name: 'Clear', exact: true }).click();
		await expect(page.getByRole('status')).toHaveText(`Showing ${terms.length} terms`);
		await expect(page).toHaveURL(/\/glossary\/$/);
	});

	test('an empty result leads on: suggest the term, search the whole site, or clear the filters', async ({
		page,
	}) => {
		await page.goto('/glossary/?q=lunch+menu');
		const empty = page.locator('[data-empty]');
		await expect(empty).toContainText('No term matches.');
		await expect(page.getByRole('link', { name: 'Suggest this term' })).toHaveAttribute(
			'href',
			/^mailto:.*lunch%20menu/,
		);
		await page.getByLabel('Find a term').fill('virtual private network');
		await page.getByLabel('Topic').selectOption('finance');
		await expect(empty).toBeVisible();
		await empty.getByRole('button', { name: 'Search the whole site' }).click();
		const dialog = page.getByRole('dialog', { name: 'Search' });
		await expect(dialog.getByRole('textbox')).toHaveValue('virtual private network');
		await expect(dialog.locator('.pagefind-ui__result-link').first()).toHaveAttribute(
			'href',
			/\/glossary\/vpn\/$/,
		);
		await page.keyboard.press('Escape');
		await empty.getByRole('button', { name: 'Clear the filters' }).click();
		await expect(page.getByRole('status')).toHaveText(`Showing ${terms.length} terms`);
		await expect(page.getByLabel('Find a term')).toBeFocused();
	});

	test('without JavaScript shows the full list and no dead controls', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${siteOrigin}/glossary/?lens=business`);
		await expect(page.locator('[data-item]:visible')).toHaveCount(terms.length);
		await expect(page.getByLabel('Find a term')).toBeHidden();
		await context.close();
	});
});

test.describe('glossary-first search', () => {
	const search = (page: Page, query: string) =>
		page.evaluate(async (q) => {
			const bundle = '/pagefind/pagefind.js';
			const pagefind = (await import(/* @vite-ignore */ bundle)) as {
				search: (term: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
			};
			const { results } = await pagefind.search(q);
			return Promise.all(results.slice(0, 3).map(async (result) => (await result.data()).url));
		}, query);

	const rankings: [string, string][] = [
		['Virtual private network', '/glossary/vpn/'],
		['work from home access', '/glossary/vpn/'],
		['profit per sale', '/glossary/gross-margin/'],
		['Two-factor authentication', '/glossary/mfa/'],
	];
	for (const [query, url] of rankings)
		test(`"${query}" ranks ${url} first`, async ({ page }) => {
			await page.goto('/');
			expect((await search(page, query))[0]).toBe(url);
		});

	test('a name, or the start of one, shows an answer card before the page results', async ({
		page,
	}) => {
		await page.goto('/');
		await page.getByRole('button', { name: 'Search' }).click();
		const dialog = page.getByRole('dialog', { name: 'Search' });
		await dialog.getByRole('textbox').fill('virtual private network');
		const card = dialog.locator('.cg-answer');
		await expect(card).toContainText('VPN');
		await expect(card.getByRole('link', { name: 'VPN' })).toHaveAttribute('href', '/glossary/vpn/');
		await dialog.getByRole('textbox').fill('virtual private');
		await expect(card.getByRole('link', { name: 'VPN' })).toBeVisible();
		await dialog.getByRole('textbox').fill('qwzxv');
		await expect(card).toHaveAttribute('data-state', 'none');
		await expect(card.locator('.cg-answer__term')).toHaveCount(0);
	});
});
