import yaml from 'js-yaml';
import { readdirSync, readFileSync } from 'node:fs';
import { expect, findA11yViolations, test } from './fixtures.ts';
import { first } from './helpers/templates.ts';

test.describe('report a problem', () => {
	test('builds a ticket by keyboard, keeps the draft over a reload, and clears it', async ({
		page,
	}) => {
		await page.goto('/tools/report-a-problem/');
		await page.getByLabel('What were you trying to do?').focus();
		await page.keyboard.type('Submit my monthly expense claim');
		await page.keyboard.press('Tab');
		await page.keyboard.type('The page froze after I clicked Submit');
		await page.keyboard.press('Tab');
		await page.keyboard.type('Error 504');
		await page.getByLabel('My team or several people').focus();
		await page.keyboard.press('Space');
		await page.getByLabel('I cannot work, customers are waiting, or the deadline is today').focus();
		await page.keyboard.press('Space');

		await expect(page.getByText('Suggested priority: P2 (High)')).toBeVisible();
		const subject = page.getByLabel('Subject');
		await expect(subject).toHaveValue(
			'[P2 High] The page froze after I clicked Submit – Submit my monthly expense claim',
		);
		const body = page.getByLabel('Description');
		await expect(body).toHaveValue(/Exact error message\nError 504/);
		await expect(body).not.toHaveValue(/My device and browser/);
		await expect(page.getByRole('link', { name: 'Email it to the helpdesk' })).toHaveAttribute(
			'href',
			/^mailto:helpdesk@example\.org\?subject=%5BP2%20High%5D/,
		);

		await page.getByLabel(/Add my browser and device details/).check();
		await expect(body).toHaveValue(/My device and browser\nBrowser: /);

		await page.reload();
		await expect(page.getByLabel('What were you trying to do?')).toHaveValue(
			'Submit my monthly expense claim',
		);
		await expect(page.getByLabel('My team or several people')).toBeChecked();
		await expect(subject).toHaveValue(/^\[P2 High\]/);
		expect(await findA11yViolations(page)).toEqual([]);

		await page.getByRole('button', { name: 'Clear the form' }).click();
		await expect(page.getByText('The form was cleared.')).toBeVisible();
		await page.reload();
		await expect(page.getByLabel('What were you trying to do?')).toHaveValue('');
		await expect(page.getByText('Suggested priority: P4 (Low)')).toBeVisible();
	});
});

test.describe('relationship health check', () => {
	test('scores both views by keyboard, shows the gap, saves and exports Markdown', async ({
		page,
	}) => {
		await page.goto('/tools/health-check/');
		await expect(page.getByRole('heading', { name: 'Results' })).toBeHidden();
		// Dimensions and statements come from content/health-check.yaml, in its order.
		const file = yaml.load(readFileSync('content/health-check.yaml', 'utf8')) as {
			label: string;
			statements: string[];
		}[];
		await expect(page.locator('[data-form] > section > h2')).toHaveText(file.map((d) => d.label));
		await expect(page.locator('fieldset.statement > legend')).toHaveText(
			file.flatMap((d) => d.statements),
		);
		await expect(page.getByRole('heading', { name: 'Keep talking' })).toBeVisible();
		for (let index = 0; index < 3; index++) {
			await page.locator(`input[name="s${index}-it"][value="1"]`).focus();
			for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowRight');
			await page.locator(`input[name="s${index}-business"][value="1"]`).focus();
			await page.keyboard.press('ArrowRight');
		}
		await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();
		const row = page.getByRole('row', { name: /Shared language/ });
		await expect(row).toHaveText(/Shared language\s*4\.0\s*2\.0\s*2\.0/);
		await expect(page.getByRole('img', { name: /Average rating per dimension/ })).toBeVisible();
		await expect(page.locator('[data-suggestions]')).toContainText('Speaking the same language');
		expect(await findA11yViolations(page)).toEqual([]);

		await page.getByRole('button', { name: 'Save this check' }).click();
		await expect(page.locator('[data-history] li')).toHaveCount(1);
		await expect(page.locator('[data-history] li')).toContainText('Shared language 4.0/2.0');
		const downloadPromise = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download as Markdown' }).click();
		const markdown = readFileSync(await (await downloadPromise).path(), 'utf8');
		expect(markdown).toMatch(/^## Relationship health check, \d{4}-\d{2}-\d{2}/);
		expect(markdown).toContain('| Shared language | 4.0 | 2.0 | 2.0 |');
		await page.reload();
		await expect(page.locator('[data-history] li')).toContainText('Shared language 4.0/2.0');
	});

	test('keeps unfinished answers over a reload until Start again', async ({ page }) => {
		await page.goto('/tools/health-check/');
		await page.locator('input[name="s0-it"][value="4"]').check();
		await page.locator('input[name="s1-business"][value="2"]').check();
		await page.reload();
		await expect(
			page.getByText(/^Your answers from .+ are back\. Start again to clear them\.$/),
		).toBeVisible();
		await expect(page.locator('input[name="s0-it"][value="4"]')).toBeChecked();
		await expect(page.locator('input[name="s1-business"][value="2"]')).toBeChecked();
		await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();
		await page.getByRole('button', { name: 'Start again' }).click();
		await expect(page.locator('[data-form] input:checked')).toHaveCount(0);
		await page.reload();
		await expect(page.locator('[data-form] input:checked')).toHaveCount(0);
		await expect(page.getByText(/are back/)).toHaveCount(0);
	});
});

test.describe('wins log', () => {
	const wins = readdirSync('content/wins');

	test('filters by team and offers an RSS feed', async ({ page, request }) => {
		await page.goto('/wins/');
		await expect(page.locator('#win-list [data-item]')).toHaveCount(wins.length);
		await page.getByLabel('Team').selectOption('hr');
		const withHr = wins.filter((file) =>
			/teams: \[[^\]]*\bhr\b/.test(readFileSync(`content/wins/${file}`, 'utf8')),
		);
		await expect(page.locator('#win-list [data-item]:visible')).toHaveCount(withHr.length);
		await expect(page).toHaveURL(/\?team=hr$/);
		await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
			'href',
			'/wins/rss.xml',
		);
		const feed = await request.get('/wins/rss.xml');
		const xml = await feed.text();
		expect(xml).toMatch(/^<\?xml/);
		expect(xml.match(/<item>/g)).toHaveLength(wins.length);
	});
});

test.describe('start page', () => {
	test('looks up a term and shows the next step from saved progress', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('cg-next-step')).toBeHidden();
		await page.getByLabel('Look up a term').fill('vpn');
		await page.keyboard.press('Enter');
		// One term answers, so "Look up" opens it rather than a list of one.
		await expect(page).toHaveURL(/\/glossary\/vpn\/$/);

		await page.goto(`/modules/${first('modules')}/`);
		for (const input of await page.locator('cg-quiz input[data-correct="true"]').all())
			await input.check();
		await page.getByRole('button', { name: 'Check my answers' }).click();
		await expect(page.locator('cg-module-status')).toHaveAttribute('data-status', 'passed');
		await page.goto('/');
		await expect(page.locator('cg-next-step')).toBeVisible();
		await expect(page.locator('cg-next-step')).toContainText(/Your next module:|Continue/);
	});
});
