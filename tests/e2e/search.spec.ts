import { readdirSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

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
