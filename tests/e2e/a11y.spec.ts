import { expect, findA11yViolations, test } from './fixtures.ts';

const templates = [
	'/',
	'/guides/reporting-an-it-problem/',
	'/glossary/',
	'/glossary/vpn/',
	'/modules/',
	'/modules/security-basics/',
	'/talks/',
	'/talks/spotting-phishing/',
	'/paths/',
	'/paths/new-business-hire/',
	'/wins/',
	'/tools/report-a-problem/',
	'/tools/health-check/',
	'/progress/',
	'/authoring/',
	'/guides/',
	'/404.html',
];

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`${colorScheme} theme`, () => {
		test.use({ colorScheme });
		for (const path of templates) {
			test(`${path} has no axe violations`, async ({ page }) => {
				await page.goto(path);
				await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
				expect(await findA11yViolations(page)).toEqual([]);
			});
		}
	});
}
