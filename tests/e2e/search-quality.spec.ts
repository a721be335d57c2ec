// The search-quality suite through the real search dialog: each query typed into the box, and
// the first term of the answer that the dialog shows compared with the expected one.
import type { Page } from '@playwright/test';
import {
	readNegativeQueries,
	readQualityCases,
	summariseQuality,
} from '../helpers/search-quality.ts';
import { expect, test } from './fixtures.ts';

/** Share of the main suite's queries whose expected term must come first. */
const REQUIRED = 0.95;

async function openSearch(page: Page) {
	await page.goto('/');
	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog', { name: 'Search' });
	const box = dialog.getByRole('textbox');
	await expect(box).toBeVisible();
	/** Types a query and reads the first term the answer shows (undefined: no answer). */
	const firstTerm = async (query: string) => {
		await box.fill(query);
		// One wait in the page, checked every frame, for the card to settle on this query: a
		// retried assertion would wait 100 ms or more each time the card is still on its way.
		const settled = await page.waitForFunction(
			(typed) => {
				const card = document.querySelector('site-search dialog .cg-answer');
				if (card?.getAttribute('data-query') !== typed) return undefined;
				if (card.getAttribute('data-state') !== 'answer') return { href: null };
				return { href: card.querySelector('.cg-answer__term a')?.getAttribute('href') ?? null };
			},
			query,
			{ polling: 'raf' },
		);
		const { href } = (await settled.jsonValue()) as { href: string | null };
		return href ? /\/glossary\/([^/]+)\/$/.exec(href)?.[1] : undefined;
	};
	return { firstTerm };
}

test.describe('search quality in the dialog', () => {
	test.describe.configure({ timeout: 300_000 });

	test(`the right term comes first for at least ${REQUIRED * 100} % of the suite`, async ({
		page,
	}) => {
		const { firstTerm } = await openSearch(page);
		const cases = readQualityCases();
		const firsts: (string | undefined)[] = [];
		for (const item of cases) firsts.push(await firstTerm(item.query));
		const summary = summariseQuality(cases, firsts);
		console.log(`Search dialog, main suite\n${summary.report}\n${summary.misses.join('\n')}`);
		expect(summary.passed / summary.total).toBeGreaterThanOrEqual(REQUIRED);
	});

	test('the held-out set is reported', async ({ page }) => {
		// The held-out set was never used to tune the search or the content: reported, not gated.
		const { firstTerm } = await openSearch(page);
		const heldOut = readQualityCases('held-out.yaml');
		expect(heldOut.length).toBeGreaterThanOrEqual(100);
		const heldOutFirsts: (string | undefined)[] = [];
		for (const item of heldOut) heldOutFirsts.push(await firstTerm(item.query));
		console.log(`Search dialog, held-out set\n${summariseQuality(heldOut, heldOutFirsts).report}`);
	});

	test('off-topic queries get no glossary answer', async ({ page }) => {
		const { firstTerm } = await openSearch(page);
		const answered: string[] = [];
		for (const query of readNegativeQueries())
			if ((await firstTerm(query)) !== undefined) answered.push(query);
		expect(answered).toEqual([]);
	});
});
