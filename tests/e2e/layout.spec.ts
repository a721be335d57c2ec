// Layout faults axe cannot see: pages that scroll sideways on a phone, labels that drift from
// their values, tables of contents that list a heading twice, tooltips painted over or cut off.
import { first, guideWithContacts, templates } from './helpers/templates.ts';
import { expect, test } from './fixtures.ts';

for (const width of [320, 390])
	test.describe(`at ${width} px`, () => {
		test.use({ viewport: { width, height: 800 } });
		for (const path of templates)
			test(`${path} does not scroll sideways`, async ({ page }) => {
				await page.goto(path);
				const overflow = await page.evaluate(() => {
					const width = document.documentElement.clientWidth;
					return {
						scroll: document.documentElement.scrollWidth - width,
						// The elements that stick out, to name the culprit when this fails.
						wide: [...document.querySelectorAll<HTMLElement>('body *')]
							.filter((element) => element.getBoundingClientRect().right > width + 1)
							.filter((element) => element.offsetParent !== null)
							.slice(0, 3)
							.map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
					};
				});
				expect(overflow.scroll, overflow.wide.join(', ')).toBeLessThanOrEqual(0);
			});
	});

test.describe('the search dialog on a phone', () => {
	for (const width of [320, 390])
		for (const query of ['vpn', 'what does erp stand for', 'lunch menu'])
			test(`at ${width} px, "${query}": Cancel stays clear of the answer`, async ({ page }) => {
				await page.setViewportSize({ width, height: 800 });
				await page.goto('/');
				await page.getByRole('button', { name: 'Search' }).click();
				const dialog = page.getByRole('dialog', { name: 'Search' });
				await dialog.getByRole('textbox').fill(query);
				const answer = dialog.locator('.cg-answer:is([data-state="answer"], [data-state="none"])');
				await expect(answer).toBeVisible();
				const [cancel, card] = await Promise.all([
					dialog.getByRole('button', { name: 'Cancel' }).boundingBox(),
					answer.boundingBox(),
				]);
				const apart =
					cancel!.y + cancel!.height <= card!.y ||
					card!.y + card!.height <= cancel!.y ||
					cancel!.x + cancel!.width <= card!.x ||
					card!.x + card!.width <= cancel!.x;
				expect(apart).toBe(true);
				expect(card!.x + card!.width).toBeLessThanOrEqual(width);
			});
});

test.describe('on a phone, what people came for comes first and whole', () => {
	test.use({ viewport: { width: 390, height: 800 } });

	test('the search dialog lists page results before the filters', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('button', { name: 'Search' }).click();
		const dialog = page.getByRole('dialog', { name: 'Search' });
		await dialog.getByRole('textbox').fill('password');
		const result = dialog.locator('.pagefind-ui__result').first();
		await expect(result).toBeVisible();
		const filters = dialog.locator('.pagefind-ui__filter-panel');
		expect((await result.boundingBox())!.y).toBeLessThan((await filters.boundingBox())!.y);
	});

	test('a kit’s agenda fits the screen instead of scrolling inside itself', async ({ page }) => {
		await page.goto(`/talks/${first('talks')}/`);
		const table = page.locator('cg-agenda-planner table');
		const fit = await table.evaluate((element) => ({
			overflow: element.scrollWidth - element.clientWidth,
			right: element.getBoundingClientRect().right <= document.documentElement.clientWidth,
		}));
		expect(fit).toEqual({ overflow: 0, right: true });
		// Each segment still reads as time, length, title and what happens.
		const row = table.locator('tbody tr').first();
		await expect(row.locator('.minutes')).toBeVisible();
		await expect(row.locator('.notes')).toBeVisible();
	});
});

test.describe('the health check scale', () => {
	for (const width of [320, 390, 1280])
		test(`sits on one row of five at ${width} px`, async ({ page }) => {
			await page.setViewportSize({ width, height: 800 });
			await page.goto('/tools/health-check/');
			const rows = await page
				.locator('.scale')
				.first()
				.locator('label')
				.evaluateAll((labels) =>
					labels.map((label) => Math.round(label.getBoundingClientRect().top)),
				);
			expect(rows).toHaveLength(5);
			expect(new Set(rows).size).toBe(1);
		});
});

test.describe('definition lists', () => {
	for (const path of [
		`/talks/${first('talks')}/`,
		`/guides/${guideWithContacts}/`,
		'/tools/report-a-problem/',
	])
		test(`on ${path} each two-column label lines up with its value`, async ({ page }) => {
			await page.goto(path);
			const rows = await page.evaluate(() =>
				[...document.querySelectorAll('dl')]
					.filter((list) => getComputedStyle(list).display === 'grid')
					.flatMap((list) =>
						[...list.querySelectorAll(':scope > dt')].map((dt) => ({
							label: dt.textContent.trim(),
							dt: Math.round(dt.getBoundingClientRect().top),
							dd: Math.round(dt.nextElementSibling!.getBoundingClientRect().top),
						})),
					),
			);
			expect(rows.length).toBeGreaterThan(2);
			for (const row of rows) expect(Math.abs(row.dt - row.dd), row.label).toBeLessThanOrEqual(2);
		});
});

test.describe('headings', () => {
	for (const path of templates)
		test(`${path} has no duplicate heading ids or contents entries`, async ({ page }) => {
			await page.goto(path);
			const { ids, toc } = await page.evaluate(() => ({
				ids: [...document.querySelectorAll('h1[id], h2[id], h3[id], h4[id]')].map((h) => h.id),
				toc: [...document.querySelectorAll('starlight-toc a')].map((a) => a.getAttribute('href')),
			}));
			expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
			expect(toc.filter((href, index) => toc.indexOf(href) !== index)).toEqual([]);
		});
});

test('an open tooltip near the right edge is whole and on top', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto(`/guides/${guideWithContacts}/`);
	// The term link furthest to the right, where the table of contents sits beside the text.
	const index = await page.locator('.cg-term__link').evaluateAll((links) => {
		const rights = links.map((link) => link.getBoundingClientRect().right);
		return rights.indexOf(Math.max(...rights));
	});
	const link = page.locator('.cg-term__link').nth(index);
	await link.scrollIntoViewIfNeeded();
	await link.focus();
	const popup = page.locator('cg-term').nth(index).locator('.cg-term__popup');
	await expect(popup).toBeVisible();
	const result = await popup.evaluate((element) => {
		const box = element.getBoundingClientRect();
		const corners = [
			[box.left + 2, box.top + 2],
			[box.right - 2, box.top + 2],
			[box.left + 2, box.bottom - 2],
			[box.right - 2, box.bottom - 2],
		];
		return {
			inside:
				box.left >= 0 &&
				box.top >= 0 &&
				box.right <= document.documentElement.clientWidth &&
				box.bottom <= window.innerHeight,
			onTop: corners.every(([x, y]) => element.contains(document.elementFromPoint(x!, y!))),
		};
	});
	expect(result).toEqual({ inside: true, onTop: true });
});
