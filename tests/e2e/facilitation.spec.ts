// What a facilitator and the room do around a session: QR codes to the handout, the words of the
// day and the feedback form; feedback from the room; planned against actual time; variants.
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { PREVIEW_SITE_URL } from '../../src/lib/site/site-url.ts';
import { expect, findA11yViolations, test } from './fixtures.ts';
import { installPausedClock } from './helpers/clock.ts';
import { CLOSING_TITLE, countKitSlides, kits } from './helpers/kits.ts';
import { scanHandOffs } from './helpers/hand-offs.ts';
import { siteOrigin } from './helpers/servers.ts';

const kit = kits.find((candidate) => candidate.variants?.length && candidate.feedback?.length)!;
const pageUrl = (id: string, page: string) => `${PREVIEW_SITE_URL}/talks/${id}/${page}/`;
/** Where a kit's three hand-off codes must lead. */
const handOffUrls = (id: string) => ({
	handout: pageUrl(id, 'handout'),
	terms: pageUrl(id, 'terms'),
	feedback: pageUrl(id, 'feedback'),
});

/** A context drawn at three pixels per CSS pixel, about what a phone camera resolves on paper. */
const sharp = (browser: import('@playwright/test').Browser) =>
	browser.newContext({ deviceScaleFactor: 3 });

test.describe('QR codes', () => {
	test('every printed handout carries codes that scan to its handout, terms and feedback page', async ({
		browser,
	}) => {
		const context = await sharp(browser);
		const page = await context.newPage();
		await page.emulateMedia({ media: 'print' });
		for (const each of kits) {
			await page.goto(`${siteOrigin}/talks/${each.id}/handout/`);
			expect(await scanHandOffs(page), each.id).toEqual(handOffUrls(each.id));
		}
		await context.close();
	});

	test('the last slide shows the codes to the room, and they scan', async ({ browser }) => {
		const context = await sharp(browser);
		const page = await context.newPage();
		await page.goto(`${siteOrigin}/talks/${kit.id}/present/?view=audience`);
		await page.keyboard.press('End');
		await expect(page.locator('.slide:not([hidden]) h2')).toHaveText(CLOSING_TITLE);
		expect(await scanHandOffs(page)).toEqual(handOffUrls(kit.id));
		await context.close();
	});

	test('the feedback sheet’s code scans to the feedback page', async ({ browser }) => {
		const context = await sharp(browser);
		const page = await context.newPage();
		await page.emulateMedia({ media: 'print' });
		await page.goto(`${siteOrigin}/talks/${kit.id}/feedback-sheet/`);
		expect(await scanHandOffs(page)).toEqual({ feedback: pageUrl(kit.id, 'feedback') });
		await context.close();
	});

	test('on a phone the handout lists the three links without codes to scan', async ({
		browser,
	}) => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		await page.goto(`${siteOrigin}/talks/${kit.id}/handout/`);
		const handOffs = page.locator('.hand-offs li');
		await expect(handOffs).toHaveCount(3);
		for (const handOff of await handOffs.all()) {
			await expect(handOff.getByRole('link')).toBeVisible();
			await expect(handOff.locator('.qr')).toBeHidden();
		}
		await context.close();
	});

	test('the words of the day page lists the kit’s terms, linked to the glossary', async ({
		page,
	}) => {
		await page.goto(`/talks/${kit.id}/terms/`);
		const links = page.locator('.term-list dt a');
		await expect(links).toHaveCount(kit.terms!.length);
		for (const link of await links.all())
			expect(kit.terms).toContain((await link.getAttribute('href'))!.split('/').at(-2));
	});
});

test.describe('feedback from the room', () => {
	test('every feedback sheet prints on one A4 page and one Letter page', async ({ page }) => {
		for (const each of kits) {
			await page.goto(`/talks/${each.id}/feedback-sheet/`);
			await expect(page.locator('.questions li')).toHaveCount(each.feedback!.length);
			for (const format of ['A4', 'Letter']) {
				const pdf = (await page.pdf({ format })).toString('latin1');
				expect(pdf.match(/\/Type\s*\/Page[^s]/g), `${each.id} on ${format}`).toHaveLength(1);
			}
		}
	});

	test('answers survive a reload, copy as one message, and clear', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteOrigin });
		await page.goto(`/talks/${kit.id}/feedback/`);
		const [first, second, third] = kit.feedback!;
		await page.getByLabel(first!).fill('Use a headset.');
		await page.getByLabel(third!).fill('Spreadsheets, please.');
		await page.reload();
		await expect(page.getByLabel(first!)).toHaveValue('Use a headset.');
		await expect(page.getByLabel(third!)).toHaveValue('Spreadsheets, please.');

		await page.getByRole('button', { name: 'Copy my answers' }).click();
		await expect(page.getByRole('status')).toContainText('Copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			[
				`Feedback on "${kit.title}"`,
				`1. ${first}\nUse a headset.`,
				`2. ${second}\n(no answer)`,
				`3. ${third}\nSpreadsheets, please.`,
			].join('\n\n'),
		);

		await page.getByRole('button', { name: 'Clear the form' }).click();
		await expect(page.getByLabel(first!)).toHaveValue('');
		await page.reload();
		await expect(page.getByLabel(first!)).toHaveValue('');
	});

	test('sending nothing asks for an answer first; damaged saved answers say so', async ({
		page,
	}) => {
		await page.goto(`/talks/${kit.id}/feedback/`);
		await page.getByRole('button', { name: 'E-mail my answers' }).click();
		await expect(page.getByRole('status')).toHaveText(
			'Write an answer to at least one question first.',
		);
		await expect(page.getByLabel(kit.feedback![0]!)).toBeFocused();
		await page.evaluate((key) => localStorage.setItem(key, '{broken'), `cg:feedback:${kit.id}`);
		await page.reload();
		await expect(page.getByRole('status')).toHaveText(
			'Your saved answers could not be read, so the form starts empty.',
		);
	});

	test('without JavaScript the form still e-mails the answers', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${siteOrigin}/talks/${kit.id}/feedback/`);
		const form = page.locator('cg-feedback-form form');
		await expect(form).toHaveAttribute('action', /^mailto:\?subject=Feedback/);
		await expect(form).toHaveAttribute('enctype', 'text/plain');
		await expect(page.getByRole('button', { name: 'E-mail my answers' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Copy my answers' })).toBeHidden();
		await context.close();
	});
});

test.describe('planned versus actual', () => {
	const first = kit.agenda[0]!;
	const second = kit.agenda[1]!;
	const minutes = (n: number) => n * 60_000;

	/** Runs the first segment 30 s over and the second for two minutes, then ends the session. */
	async function runSession(page: Page) {
		await installPausedClock(page);
		await page.goto(`/talks/${kit.id}/present/`);
		await page.keyboard.press('p');
		await page.clock.runFor(minutes(first.minutes) + 30_000);
		for (let slide = 0; slide < first.slides.length; slide++)
			await page.keyboard.press('ArrowRight');
		await expect(page.locator('.slide:not([hidden]) h2')).toHaveText(second.slides[0]!.title);
		await page.clock.runFor(minutes(2));
		await page.keyboard.press('e');
	}

	const rows = (table: Locator) =>
		table
			.locator('tbody tr')
			.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent)));
	const planned = kit.agenda.reduce((sum, segment) => sum + segment.minutes, 0);
	const expected = [
		[first.title, `${first.minutes} min`, `${first.minutes}:30`, '+0:30'],
		[second.title, `${second.minutes} min`, '2:00', `-${second.minutes - 2}:00`],
		...kit.agenda
			.slice(2)
			.map((segment) => [
				segment.title,
				`${segment.minutes} min`,
				'0:00',
				`-${segment.minutes}:00`,
			]),
		[
			'Whole session',
			`${planned} min`,
			`${first.minutes + 2}:30`,
			`-${planned - first.minutes - 3}:30`,
		],
	];

	test('ending a session shows planned, actual and the difference, and fills the follow-up', async ({
		page,
	}) => {
		await runSession(page);
		const summary = page.getByRole('dialog', { name: 'How the time went' });
		await expect(summary).toBeVisible();
		expect(await rows(summary.locator('table'))).toEqual(expected);
		const message = summary.getByLabel(/^Follow-up message/);
		await expect(message).toHaveValue(/How the time went \(planned, actual, difference\):/);
		await expect(message).toHaveValue(
			new RegExp(
				`- ${first.title.replace(/[?()]/g, '.')}: ${first.minutes} min, ${first.minutes}:30, \\+0:30`,
			),
		);
		await expect(message).toHaveValue(new RegExp(pageUrl(kit.id, 'handout')));
		await expect(message).toHaveValue(/1 December 2026/);
		// The timers start again for the next run.
		await page.keyboard.press('Escape');
		await expect(page.locator('[data-timer="session"] [data-left]')).toHaveText(
			`${kit.minutes}:00`,
		);
	});

	test('the kit page shows the last run from this device, and keeps it over a reload', async ({
		page,
	}) => {
		await runSession(page);
		await page.goto(`/talks/${kit.id}/`);
		const lastRun = page.getByRole('region', { name: 'Last time you ran this' });
		await expect(lastRun).toContainText(
			`1 December 2026, Full session: ${first.minutes + 2}:30 against ${planned} min planned`,
		);
		expect(await rows(lastRun.locator('table'))).toEqual(expected);
		await page.reload();
		expect(await rows(lastRun.locator('table'))).toEqual(expected);
	});

	test('before any run the kit page says how to get one; damaged history is cleared with a notice', async ({
		page,
	}) => {
		await page.goto(`/talks/${kit.id}/`);
		const lastRun = page.getByRole('region', { name: 'Last time you ran this' });
		await expect(lastRun).toContainText('Not yet on this device.');
		await page.evaluate((key) => localStorage.setItem(key, '[1,2'), `cg:runs:${kit.id}`);
		await page.reload();
		await expect(lastRun.getByRole('status')).toHaveText(
			'The saved times of earlier runs could not be read, so they were cleared.',
		);
		await expect(lastRun).toContainText('Not yet on this device.');
	});

	test('ending a session whose timer never ran keeps nothing, and still fills the follow-up', async ({
		page,
	}) => {
		await page.goto(`/talks/${kit.id}/present/`);
		await page.getByRole('button', { name: 'End session' }).click();
		const summary = page.getByRole('dialog', { name: 'How the time went' });
		await expect(summary).toContainText('The timer did not run in this session');
		await expect(summary.locator('table')).toBeHidden();
		const message = summary.getByLabel(/^Follow-up message/);
		await expect(message).toHaveValue(new RegExp(pageUrl(kit.id, 'handout')));
		await expect(message).not.toHaveValue(/How the time went/);
		await summary.getByRole('button', { name: 'Close' }).click();
		await page.goto(`/talks/${kit.id}/`);
		await expect(page.getByRole('region', { name: 'Last time you ran this' })).toContainText(
			'Not yet on this device.',
		);
	});

	test('E in the audience window ends the session in the presenter window', async ({
		page,
		context,
	}) => {
		await page.goto(`/talks/${kit.id}/present/`);
		await page.keyboard.press('p');
		await page.waitForTimeout(1100);
		const audience = await openAudience(page, context);
		await audience.keyboard.press('e');
		await expect(page.getByRole('dialog', { name: 'How the time went' })).toBeVisible();
		await expect(audience.getByRole('dialog')).toHaveCount(0);
	});

	for (const colorScheme of ['light', 'dark'] as const)
		test(`the summary and the last run have no axe violations in the ${colorScheme} theme`, async ({
			browser,
		}) => {
			const context = await browser.newContext({ colorScheme });
			const page = await context.newPage();
			await page.clock.install({ time: new Date('2026-12-01T12:00:00Z') });
			await page.goto(`${siteOrigin}/talks/${kit.id}/present/`);
			await page.keyboard.press('p');
			await page.clock.runFor(90_000);
			await page.keyboard.press('e');
			await expect(page.getByRole('dialog', { name: 'How the time went' })).toBeVisible();
			expect(await findA11yViolations(page)).toEqual([]);
			await page.goto(`${siteOrigin}/talks/${kit.id}/`);
			await expect(page.locator('[data-run]')).toBeVisible();
			expect(await findA11yViolations(page)).toEqual([]);
			await context.close();
		});
});

async function openAudience(page: Page, context: BrowserContext): Promise<Page> {
	const [audience] = await Promise.all([
		context.waitForEvent('page'),
		page.getByRole('link', { name: 'Open the audience window' }).click(),
	]);
	await audience.waitForLoadState();
	return audience;
}

test.describe('variants', () => {
	const variant = kit.variants![0]!;
	const byTitle = new Map(kit.agenda.map((segment) => [segment.title, segment]));
	const variantAgenda = variant.agenda.map((item) => ({
		...byTitle.get(item.segment)!,
		minutes: item.minutes,
	}));

	test('the kit page shows each variant’s changes and agenda', async ({ page }) => {
		await page.goto(`/talks/${kit.id}/`);
		await expect(page.getByRole('heading', { level: 2, name: 'Other versions' })).toBeVisible();
		for (const each of kit.variants!) {
			const section = page.getByRole('region', { name: `${each.title} · ${each.minutes} min` });
			const cells = await section
				.locator('tbody tr')
				.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent)));
			expect(cells).toEqual(each.agenda.map((item) => [item.segment, String(item.minutes)]));
		}
	});

	test('presenter mode runs a variant with its own slides and timers, and switches version', async ({
		page,
	}) => {
		await page.goto(`/talks/${kit.id}/`);
		await page
			.getByRole('region', { name: `${variant.title} · ${variant.minutes} min` })
			.getByRole('link', { name: 'Present this version' })
			.click();
		await expect(page).toHaveURL(new RegExp(`/talks/${kit.id}/present/${variant.id}/$`));
		await expect(page.locator('[data-timer="session"] [data-left]')).toHaveText(
			`${variant.minutes}:00`,
		);
		await expect(page.locator('[data-timer="segment"] [data-left]')).toHaveText(
			`${variantAgenda[0]!.minutes}:00`,
		);
		const slides = countKitSlides(variantAgenda);
		await expect(page.getByText(`Slide 1 of ${slides}`, { exact: true })).toBeVisible();
		await page.waitForFunction(() => customElements.get('cg-presenter') !== undefined);
		await page.keyboard.press('ArrowRight');
		await expect(page.getByText(`Slide 2 of ${slides}`, { exact: true })).toBeVisible();
		// The full session keeps its own place.
		const picker = page.getByRole('combobox', { name: 'Version' });
		await expect(picker).toHaveValue(`/talks/${kit.id}/present/${variant.id}/`);
		await picker.selectOption({ label: `Full session · ${kit.minutes} min` });
		await expect(page).toHaveURL(new RegExp(`/talks/${kit.id}/present/$`));
		await expect(
			page.getByText(`Slide 1 of ${countKitSlides(kit.agenda)}`, { exact: true }),
		).toBeVisible();
		await page.goBack();
		await expect(page.getByText(`Slide 2 of ${slides}`, { exact: true })).toBeVisible();
	});
});
