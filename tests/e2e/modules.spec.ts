import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import type { Page } from '@playwright/test';
import { expect, findA11yViolations, test } from './fixtures.ts';

interface ModuleData {
	id: string;
	title: string;
	track: string;
	quiz: { question: string; choices: { correct: boolean }[] }[];
}

const modules: ModuleData[] = readdirSync('content/modules').map((file) => {
	const source = readFileSync(`content/modules/${file}`, 'utf8');
	const data = yaml.load(source.split(/^---$/m)[1] ?? '', { schema: yaml.CORE_SCHEMA }) as Omit<
		ModuleData,
		'id'
	>;
	return { ...data, id: file.replace(/\.mdx$/, '') };
});
const security = modules.find((module) => module.id === 'security-basics')!;

/** Answers every question by keyboard: focus the choice, press Space; `pick` chooses which. */
async function answerByKeyboard(page: Page, pick: (correct: number[], count: number) => number[]) {
	const fieldsets = page.locator('cg-quiz fieldset');
	for (const [q, question] of security.quiz.entries()) {
		const correct = question.choices.flatMap((choice, c) => (choice.correct ? [c] : []));
		for (const c of pick(correct, question.choices.length)) {
			await fieldsets.nth(q).locator('input').nth(c).focus();
			await page.keyboard.press('Space');
		}
	}
}

test.describe('knowledge check', () => {
	test('can be taken by keyboard, explains every choice, scores and retries', async ({ page }) => {
		await page.goto(`/modules/${security.id}/`);
		await answerByKeyboard(page, (correct) => correct);
		await page.getByRole('button', { name: 'Check my answers' }).focus();
		await page.keyboard.press('Enter');
		const total = security.quiz.length;
		await expect(page.locator('cg-quiz [role="status"]')).toHaveText(
			`You got ${total} of ${total} right. Well done!`,
		);
		await expect(page.locator('cg-quiz [data-answers]').first()).toBeVisible();
		await expect(page.getByRole('button', { name: 'Try again' })).toBeFocused();
		expect(await findA11yViolations(page)).toEqual([]);

		await page.keyboard.press('Enter');
		await expect(page.locator('cg-quiz [role="status"]')).toBeEmpty();
		await answerByKeyboard(page, (correct, count) => [(correct[0]! + 1) % count]);
		await page.getByRole('button', { name: 'Check my answers' }).click();
		await expect(page.locator('cg-quiz [role="status"]')).toHaveText(
			/^You got 0 of \d+ right\. Read the explanations/,
		);
		await expect(page.locator('cg-quiz label[data-state="wrong"]')).toHaveCount(total);
	});

	test('asks for every answer before scoring', async ({ page }) => {
		await page.goto(`/modules/${security.id}/`);
		await page.getByRole('button', { name: 'Check my answers' }).click();
		await expect(page.locator('cg-quiz [role="status"]')).toHaveText('Answer question 1 first.');
	});

	test('without JavaScript the questions and explanations are readable', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`http://127.0.0.1:4327/modules/${security.id}/`);
		await expect(page.locator('cg-quiz fieldset')).toHaveCount(security.quiz.length);
		await page.getByText('Show the answers').first().click();
		await expect(page.locator('cg-quiz [data-answers] li').first()).toBeVisible();
		await context.close();
	});
});

test.describe('progress', () => {
	test('a completed module shows on its path and on the progress page, and survives export and import', async ({
		page,
	}) => {
		await page.goto(`/modules/${security.id}/`);
		await page.getByRole('button', { name: 'Mark this module as complete' }).click();
		await expect(page.getByText(/^Completed on /)).toBeVisible();

		await page.goto('/paths/new-business-hire/');
		const step = page.locator(`li[data-kind="module"][data-ref="${security.id}"]`).first();
		await expect(step.locator('input')).toBeChecked();
		await expect(step).toContainText('completed in the module');
		await expect(page.getByRole('status').first()).toHaveText(/^[1-9]\d* of \d+ steps done$/);
		const task = page.locator('li[data-kind="task"] input').first();
		await task.check();
		expect(await findA11yViolations(page)).toEqual([]);

		await page.goto('/progress/');
		await expect(page.locator('[data-modules]')).toContainText(security.title);
		await expect(page.getByLabel('A summary you can paste into an email or chat')).toHaveValue(
			new RegExp(security.title),
		);
		expect(await findA11yViolations(page)).toEqual([]);
		const downloadPromise = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export to a file' }).click();
		const file = await (await downloadPromise).path();

		page.once('dialog', (dialog) => void dialog.accept());
		await page.getByRole('button', { name: 'Clear all progress' }).click();
		await expect(page.locator('[data-modules-count]')).toHaveText(/^You have completed 0 of/);
		await page.getByLabel('Import a file').setInputFiles(file);
		await expect(page.getByText('Your progress was imported.')).toBeVisible();
		await expect(page.locator('[data-modules]')).toContainText(security.title);
	});

	test('an unreadable saved record is reset with a notice and the page still works', async ({
		page,
	}) => {
		await page.goto('/modules/');
		await page.evaluate(() => localStorage.setItem('cg:progress', '{"version":1,"modules":'));
		await page.reload();
		await expect(page.locator('.cg-notice')).toContainText(
			'could not be read, so it has been reset',
		);
		await page.getByLabel('Track').selectOption('business-for-it');
		await expect(page.locator('#module-list [data-item]:visible')).toHaveCount(
			modules.filter((module) => module.track === 'business-for-it').length,
		);
		await page.reload();
		await expect(page.locator('.cg-notice')).toHaveCount(0);
	});

	test('progress from an older version is reset with a notice', async ({ page }) => {
		await page.goto('/progress/');
		await page.evaluate(() =>
			localStorage.setItem('cg:progress', JSON.stringify({ version: 0, done: ['a'] })),
		);
		await page.reload();
		await expect(page.locator('.cg-notice')).toContainText('older version');
		await expect(page.locator('[data-modules-count]')).toHaveText(/^You have completed 0 of/);
	});
});

test.describe('module catalogue', () => {
	test('filters by track, level and time with the state in the URL, and shows completion badges', async ({
		page,
	}) => {
		await page.goto('/modules/?track=it-for-business');
		await expect(page.locator('#module-list [data-item]:visible')).toHaveCount(
			modules.filter((module) => module.track === 'it-for-business').length,
		);
		await page.getByLabel('Time').selectOption('longer');
		await expect(page).toHaveURL(/time=longer/);
		await page.getByRole('button', { name: 'Clear' }).click();
		await page.evaluate(() =>
			localStorage.setItem(
				'cg:progress',
				JSON.stringify({
					version: 1,
					modules: { 'security-basics': { completedAt: '2026-11-24T10:00:00.000Z' } },
					quizzes: {},
					tasks: {},
					terms: {},
					updatedAt: '2026-11-24T10:00:00.000Z',
				}),
			),
		);
		await page.reload();
		await expect(
			page.locator('[data-module-status="security-basics"] [data-status-label]'),
		).toHaveText('Completed');
		expect(await findA11yViolations(page)).toEqual([]);
	});
});
