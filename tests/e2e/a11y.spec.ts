import { readdirSync, readFileSync } from 'node:fs';
import { expect, findA11yViolations, test } from './fixtures.ts';

/** The first entry of a content folder (by file name), so renaming an entry never breaks the list. */
const first = (folder: string, test: (text: string) => boolean = () => true) =>
	readdirSync(`content/${folder}`)
		.filter((file) => /\.(mdx|yaml)$/.test(file))
		.sort()
		.find((file) => test(readFileSync(`content/${folder}/${file}`, 'utf8')))!
		.replace(/\.(mdx|yaml)$/, '');
const kit = first('talks');
const kitWithCards = first('talks', (text) => /^cards:/m.test(text));

/** One page of every template; each is checked here and nowhere else. */
const templates = [
	'/',
	`/guides/${first('docs/guides')}/`,
	'/glossary/',
	`/glossary/${first('glossary')}/`,
	'/modules/',
	`/modules/${first('modules')}/`,
	'/talks/',
	`/talks/${kit}/`,
	`/talks/${kit}/present/`,
	`/talks/${kit}/handout/`,
	`/talks/${kitWithCards}/cards/`,
	'/paths/',
	`/paths/${first('paths')}/`,
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
				// Starlight pages follow the theme through data-theme; the printable kit pages
				// (presenter mode, handout, cards) through prefers-color-scheme alone.
				if (/\/(present|handout|cards)\/$/.test(path))
					expect(
						await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches),
					).toBe(colorScheme === 'dark');
				else await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
				expect(await findA11yViolations(page)).toEqual([]);
			});
		}
	});
}
