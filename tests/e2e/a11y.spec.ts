import { templates } from './helpers/templates.ts';
import { expect, findA11yViolations, test } from './fixtures.ts';

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`${colorScheme} theme`, () => {
		test.use({ colorScheme });
		for (const path of templates) {
			test(`${path} has no axe violations`, async ({ page }) => {
				await page.goto(path);
				// Starlight pages follow the theme through data-theme; the printable kit pages
				// (presenter mode, handout, cards, feedback sheet) through prefers-color-scheme alone.
				if (/\/(present(\/[a-z0-9-]+)?|handout|cards|feedback-sheet)\/$/.test(path))
					expect(
						await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches),
					).toBe(colorScheme === 'dark');
				else await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
				expect(await findA11yViolations(page)).toEqual([]);
			});
		}
	});
}
