// 56 XSS payloads inside content fields (scripts/lib/hostile-content.ts), built into a copy of
// the site by scripts/build-hostile-site.ts. Each page that shows one of those fields is visited
// and used: no payload may run, and each plain-text field must show its payload as text.
import { readFileSync } from 'node:fs';
import type { Injection } from '../../../scripts/lib/hostile-content.ts';
import { expect, test } from '../fixtures.ts';
import { guard } from '../helpers/xss-guard.ts';

const injections = JSON.parse(
	readFileSync('.astro/scratch/hostile/hostile-payloads.json', 'utf8'),
) as Injection[];
const pages = [...new Set(injections.flatMap((injection) => injection.pages))].sort();

/** Everything a reader or a browser tab shows: title, meta descriptions and the body text. */
const visibleText = () =>
	[
		document.title,
		...[...document.querySelectorAll('meta[content]')].map((meta) => meta.getAttribute('content')),
		document.body.textContent,
	].join('\n');

test.describe('payloads in content fields', () => {
	test.describe.configure({ timeout: 180_000 });

	test('the fixture carries 56 distinct payloads across every content type', () => {
		expect(new Set(injections.map((injection) => injection.payload)).size).toBe(56);
		expect(new Set(injections.map((injection) => injection.kind))).toEqual(
			new Set(['glossary', 'modules', 'talks', 'paths', 'wins', 'guides']),
		);
	});

	test('every page that shows a field treats its payload as text', async ({ page }) => {
		const check = await guard(page);
		const shown = new Set<string>();
		for (const path of pages) {
			await page.goto(`/${path}`);
			// Open a tooltip, where the page has one, so its popup renders too.
			const term = page.locator('.cg-term__link').first();
			if (await term.count()) await term.focus();
			const text = await page.evaluate(visibleText);
			for (const injection of injections)
				if (injection.pages.includes(path) && text.includes(injection.payload))
					shown.add(injection.payload);
		}
		expect(await check()).toEqual([]);
		const missing = injections
			.filter((injection) => !injection.markdown && !shown.has(injection.payload))
			.map((injection) => `${injection.file} ${injection.field}`);
		expect(missing, 'plain-text fields whose payload never showed as text').toEqual([]);
	});

	test('quiz, progress, presenter mode and search keep the payloads inert', async ({ page }) => {
		const check = await guard(page);
		// Quiz explanations and the saved progress carry module and choice text.
		await page.goto('/modules/security-basics/');
		const quiz = page.locator('cg-quiz');
		for (const input of await quiz.locator('input[data-correct="true"]').all()) await input.check();
		await quiz.getByRole('button', { name: 'Check my answers' }).click();
		await expect(page.locator('cg-module-status')).toHaveAttribute('data-status', 'passed');
		// Pages that render saved progress and next steps in the browser.
		for (const path of ['/progress/', '/paths/it-business-liaison/', '/']) await page.goto(path);
		// Presenter mode renders slide titles, points and notes one slide at a time.
		await page.goto('/talks/spotting-phishing/present/');
		for (let slide = 0; slide < 4; slide++) await page.keyboard.press('ArrowRight');
		await page.keyboard.press('n');
		// Ending the session fills segment titles and the follow-up in; the kit shows the last run.
		await page.keyboard.press('p');
		await page.waitForTimeout(1100);
		await page.keyboard.press('e');
		await expect(page.getByRole('dialog', { name: 'How the time went' })).toBeVisible();
		await page.goto('/talks/spotting-phishing/');
		await expect(page.locator('[data-run]')).toBeVisible();
		// The feedback form puts the questions into the message it copies.
		await page.goto('/talks/spotting-phishing/feedback/');
		await page.locator('textarea').first().fill('An answer');
		await page.reload();
		await page.getByRole('button', { name: 'Copy my answers' }).click();
		// Search results show titles and excerpts of the pages that carry payloads.
		await page.goto('/');
		await page.getByRole('button', { name: 'Search' }).click();
		const box = page.getByRole('dialog', { name: 'Search' }).getByRole('textbox');
		for (const query of ['phishing', 'security basics', 'KPI', 'liaison', 'suspicious emails']) {
			await box.fill(query);
			await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
		}
		expect(await check()).toEqual([]);
	});

	test('the wins feed stays well-formed XML with the payloads as text', async ({ page }) => {
		await page.goto('/wins/');
		const feed = await page.evaluate(async () => {
			const xml = new DOMParser().parseFromString(
				await (await fetch('/wins/rss.xml')).text(),
				'application/xml',
			);
			return {
				error: xml.querySelector('parsererror')?.textContent ?? '',
				titles: [...xml.querySelectorAll('item > title')].map((title) => title.textContent),
			};
		});
		expect(feed.error).toBe('');
		const winTitle = injections.find(
			(injection) => injection.kind === 'wins' && injection.field === 'title',
		)!;
		expect(feed.titles.filter((title) => title?.includes(winTitle.payload))).toHaveLength(1);
	});
});
