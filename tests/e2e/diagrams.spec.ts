// Every diagram, on the page that shows it: named for screen readers, legible in light, dark and
// print (text against what is behind it), nothing cut off or overlapping, readable on a phone.
import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { axeTags, expect, test } from './fixtures.ts';

/** The page of each diagram, found from the `<Diagram name>` in the modules. */
const diagrams = readdirSync('content/modules').flatMap((file) =>
	[...readFileSync(`content/modules/${file}`, 'utf8').matchAll(/<Diagram name="([^"]+)"/g)].map(
		(match) => ({ name: match[1]!, page: `/modules/${file.replace(/\.mdx$/, '')}/` }),
	),
);
const files = readdirSync('content/diagrams').map((file) => file.replace(/\.svg$/, ''));

test('every diagram file is shown on a page, and there are at least ten', () => {
	expect(new Set(diagrams.map((diagram) => diagram.name))).toEqual(new Set(files));
	expect(files.length).toBeGreaterThanOrEqual(10);
});

/** Faults in one drawing as the browser lays it out: contrast, clipping, overlaps, text size. */
async function inspect(page: Page, name: string) {
	return page.evaluate((name) => {
		const svg = document.querySelector<SVGSVGElement>(
			`svg[aria-labelledby="cg-diagram-${name}-title"]`,
		)!;
		const parse = (colour: string) =>
			colour
				.match(/[\d.]+/g)!
				.map(Number)
				.slice(0, 3);
		const luminance = (colour: string) => {
			const [r, g, b] = parse(colour).map((value) => {
				const channel = value / 255;
				return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
			});
			return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
		};
		const contrast = (a: string, b: string) => {
			const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
			return (light! + 0.05) / (dark! + 0.05);
		};
		let page = getComputedStyle(document.body).backgroundColor;
		if (parse(page).length < 3 || /rgba\(0, 0, 0, 0\)/.test(page)) page = 'rgb(255, 255, 255)';
		const faults: string[] = [];
		const view = svg.viewBox.baseVal;
		const scale = svg.getBoundingClientRect().width / view.width;
		const texts = [...svg.querySelectorAll<SVGTextElement>('text')];
		const boxes = texts.map((text) => text.getBBox());
		for (const [index, text] of texts.entries()) {
			const label = `"${text.textContent.trim()}"`;
			const box = boxes[index]!;
			if (
				box.x < -1 ||
				box.y < -1 ||
				box.x + box.width > view.width + 1 ||
				box.y + box.height > view.height + 1
			)
				faults.push(`${label} runs outside the picture`);
			// What is behind the middle of the text: the topmost filled shape, or the page.
			const rect = text.getBoundingClientRect();
			const behind = document
				.elementsFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2)
				.find(
					(element) =>
						element !== text &&
						svg.contains(element) &&
						!(element instanceof SVGTextElement) &&
						element !== svg &&
						getComputedStyle(element).fill !== 'none',
				);
			const background = behind ? getComputedStyle(behind).fill : page;
			const ratio = contrast(getComputedStyle(text).fill, background);
			if (ratio < 4.5) faults.push(`${label} has contrast ${ratio.toFixed(2)}`);
			const size = parseFloat(getComputedStyle(text).fontSize) * scale;
			if (size < 9.5) faults.push(`${label} is ${size.toFixed(1)} px`);
			for (const [other, second] of boxes.entries())
				if (
					other > index &&
					box.x < second.x + second.width - 1 &&
					second.x < box.x + box.width - 1 &&
					box.y < second.y + second.height - 1 &&
					second.y < box.y + box.height - 1
				)
					faults.push(`${label} overlaps "${texts[other]!.textContent.trim()}"`);
		}
		return faults;
	}, name);
}

for (const { name, page: path } of diagrams)
	test.describe(`diagram ${name} on ${path}`, () => {
		for (const colorScheme of ['light', 'dark'] as const)
			test(`is named, legible and whole in the ${colorScheme} theme`, async ({ page }) => {
				await page.emulateMedia({ colorScheme });
				await page.goto(path);
				const title = readFileSync(`content/diagrams/${name}.svg`, 'utf8')
					.match(/<title>([^<]+)<\/title>/)![1]!
					.replaceAll('&amp;', '&');
				const figure = page
					.getByRole('figure')
					.filter({ has: page.getByRole('img', { name: title }) });
				await expect(figure).toBeVisible();
				expect(await inspect(page, name)).toEqual([]);
				const results = await new AxeBuilder({ page })
					.include('.cg-diagram')
					.withTags(axeTags)
					.analyze();
				expect(results.violations.map((violation) => violation.id)).toEqual([]);
			});

		test('prints dark on white, and reads on a phone', async ({ page }) => {
			await page.setViewportSize({ width: 390, height: 800 });
			await page.emulateMedia({ colorScheme: 'dark' });
			await page.goto(path);
			expect(await inspect(page, name)).toEqual([]);
			await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
			expect(await inspect(page, name)).toEqual([]);
		});
	});
