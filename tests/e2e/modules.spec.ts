import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import type { Page } from '@playwright/test';
import { expect, findA11yViolations, test } from './fixtures.ts';
import { pathWithModule } from './helpers/templates.ts';
import { siteOrigin } from './helpers/servers.ts';

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
interface PathData {
	title: string;
	weeks: { steps: { kind: string; ref?: string; task?: string; owner: string }[] }[];
}

// A module on a path, so that path tests can find it there; picked from the content, not named.
const onPath = /kind: module\s+ref: (\S+)/.exec(
	readFileSync(`content/paths/${pathWithModule}.yaml`, 'utf8'),
)![1]!;
const security = modules.find((module) => module.id === onPath)!;

/** Passing needs this many right answers at the default pass mark of 80 %. */
const required = (module: ModuleData) => Math.ceil(module.quiz.length * 0.8);

/**
 * Answers every question by keyboard, in the order the page shows the choices: focus a choice,
 * press Space. `pick` gets the shown positions of the right choices and chooses which to press.
 */
async function answerByKeyboard(
	page: Page,
	pick: (correct: number[], count: number, question: number) => number[],
) {
	const fieldsets = page.locator('cg-quiz fieldset');
	for (let q = 0; q < (await fieldsets.count()); q++) {
		const inputs = fieldsets.nth(q).locator('input');
		const flags = await inputs.evaluateAll((all) =>
			all.map((input) => (input as HTMLInputElement).dataset.correct === 'true'),
		);
		const correct = flags.flatMap((flag, c) => (flag ? [c] : []));
		for (const c of pick(correct, flags.length, q)) {
			await inputs.nth(c).focus();
			await page.keyboard.press('Space');
		}
	}
}
/** Right answers to the first `right` questions, a wrong one to the rest. */
const rightFor =
	(right: number) =>
	(correct: number[], count: number, question: number): number[] =>
		question < right ? correct : [[...Array(count).keys()].find((c) => !correct.includes(c))!];

test.describe('knowledge check', () => {
	test('can be taken by keyboard, explains every choice, scores and retries', async ({ page }) => {
		await page.goto(`/modules/${security.id}/`);
		await answerByKeyboard(page, (correct) => correct);
		await page.getByRole('button', { name: 'Check my answers' }).focus();
		await page.keyboard.press('Enter');
		const total = security.quiz.length;
		await expect(page.locator('cg-quiz [role="status"]')).toHaveText(
			`You got ${total} of ${total} right, so you passed. Well done!`,
		);
		await expect(page.locator('cg-module-status')).toHaveText(
			new RegExp(
				`^Complete: you passed the knowledge check on .+\\. Your best score is ${total} of ${total}\\.$`,
			),
		);
		await expect(page.locator('cg-quiz [data-answers]').first()).toBeVisible();
		// The score has the focus and stands above Try again; nothing was missed, so no list.
		await expect(page.locator('cg-quiz [data-summary]')).toBeFocused();
		await expect(page.getByRole('heading', { name: 'What you missed' })).toBeHidden();
		const [score, retry] = await Promise.all([
			page.locator('cg-quiz [role="status"]').boundingBox(),
			page.getByRole('button', { name: 'Try again' }).boundingBox(),
		]);
		expect(score!.y).toBeLessThan(retry!.y);
		expect(await findA11yViolations(page)).toEqual([]);

		// After a full score, Try again starts from scratch.
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Try again' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.locator('cg-quiz [role="status"]')).toBeEmpty();
		await expect(page.locator('cg-quiz input:checked')).toHaveCount(0);
		await answerByKeyboard(page, rightFor(0));
		await page.getByRole('button', { name: 'Check my answers' }).click();
		await expect(page.locator('cg-quiz [role="status"]')).toHaveText(
			`You got 0 of ${total} right. You need ${required(security)} to pass: read the explanations, then try again.`,
		);
		await expect(page.locator('cg-quiz label[data-state="wrong"]')).toHaveCount(total);
		await expect(page.locator('cg-module-status')).toContainText(
			`best score is ${total} of ${total}`,
		);
	});

	test('completes the module at the pass mark, not below it, and keeps the best score', async ({
		page,
	}) => {
		const total = security.quiz.length;
		const needed = required(security);
		await page.goto(`/modules/${security.id}/`);
		await expect(page.locator('cg-module-status')).toHaveText(
			`The module counts as complete when you get at least ${needed} of ${total} questions right. You can try as often as you like; your best score is kept.`,
		);
		await answerByKeyboard(page, rightFor(needed - 1));
		await page.getByRole('button', { name: 'Check my answers' }).click();
		await expect(page.locator('cg-quiz [role="status"]')).toHaveText(
			`You got ${needed - 1} of ${total} right. You need ${needed} to pass: read the explanations, then try again.`,
		);
		await expect(page.locator('cg-module-status')).toHaveText(
			`Not complete yet. Your best score is ${needed - 1} of ${total}. You need ${needed} of ${total} to pass; try again whenever you like.`,
		);
		await page.goto('/progress/');
		await expect(page.locator('[data-modules-count]')).toHaveText(/^You have completed 0 of/);
		await expect(page.locator('[data-tried-list]')).toHaveText(
			`${security.title} · best score ${needed - 1} of ${total}; passing takes ${needed} of ${total}`,
		);

		await page.goto(`/modules/${security.id}/`);
		await answerByKeyboard(page, rightFor(needed));
		await page.getByRole('button', { name: 'Check my answers' }).click();
		await expect(page.locator('cg-quiz [role="status"]')).toHaveText(
			`You got ${needed} of ${total} right, so you passed: the module counts as complete. Read why the others were wrong.`,
		);
		await expect(page.locator('cg-module-status')).toHaveAttribute('data-status', 'passed');
		await page.goto('/progress/');
		await expect(page.locator('[data-modules]')).toContainText(`${security.title} · completed`);
		await expect(page.locator('[data-modules]')).toContainText(`best score ${needed} of ${total}`);
		await expect(page.locator('[data-tried]')).toBeHidden();
		await expect(page.getByLabel('A summary you can paste into an email or chat')).toHaveValue(
			/Modules completed \(knowledge check passed\): 1 of \d+\n- .+best score/,
		);
	});

	test('lists what was missed with why, and a retry keeps the right answers', async ({ page }) => {
		const total = security.quiz.length;
		const right = required(security) - 1;
		await page.goto(`/modules/${security.id}/`);
		await answerByKeyboard(page, rightFor(right));
		await page.getByRole('button', { name: 'Check my answers' }).click();
		await expect(page.getByRole('heading', { name: 'What you missed' })).toBeVisible();
		const missed = page.locator('cg-quiz [data-missed-list] > li');
		await expect(missed).toHaveCount(total - right);
		// Each names its question, links to it, and gives both answers with the reason.
		const first = missed.first();
		await expect(first.getByRole('link')).toHaveText(
			`Question ${right + 1}: ${security.quiz[right]!.question}`,
		);
		await expect(first).toContainText('Your answer');
		await expect(first).toContainText('The right answer');
		const rightWhy = (security.quiz[right]!.choices as { correct: boolean; why: string }[]).find(
			(choice) => choice.correct,
		)!.why;
		await expect(first).toContainText(rightWhy);
		await first.getByRole('link').click();
		await expect(page).toHaveURL(new RegExp(`#${security.id}-q${right + 1}$`));

		await page.getByRole('button', { name: 'Try again' }).click();
		await expect(page.locator('cg-quiz [role="status"]')).toHaveText(
			`Your ${right} right answers are kept. Answer the ${total - right} you missed again, then check.`,
		);
		await expect(page.locator('cg-quiz fieldset:has(input:checked:disabled)')).toHaveCount(right);
		await expect(page.locator('cg-quiz fieldset:has(label[data-state="right"])')).toHaveCount(
			right,
		);
		await expect(page.locator('cg-quiz input:checked:enabled')).toHaveCount(0);
		await expect(page.getByRole('heading', { name: 'What you missed' })).toBeHidden();
		// Only the missed questions need answering now.
		await answerByKeyboard(page, (correct, _count, question) => (question < right ? [] : correct));
		await page.getByRole('button', { name: 'Check my answers' }).click();
		await expect(page.locator('cg-quiz [role="status"]')).toHaveText(
			`You got ${total} of ${total} right, so you passed. Well done!`,
		);
	});

	test('asks for every answer before scoring', async ({ page }) => {
		await page.goto(`/modules/${security.id}/`);
		await page.getByRole('button', { name: 'Check my answers' }).click();
		await expect(page.locator('cg-quiz [role="status"]')).toHaveText('Answer question 1 first.');
	});

	test('without JavaScript the questions and explanations are readable', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${siteOrigin}/modules/${security.id}/`);
		await expect(page.locator('cg-quiz fieldset')).toHaveCount(security.quiz.length);
		await page.getByText('Show the answers').first().click();
		await expect(page.locator('cg-quiz [data-answers] li').first()).toBeVisible();
		await context.close();
	});
});

/** Stores a progress record in which one module was completed at a time. */
const saveCompleted = (page: Page, id: string, at: string) =>
	page.evaluate(
		([id, at]) =>
			localStorage.setItem(
				'cg:progress',
				JSON.stringify({
					version: 1,
					modules: { [id!]: { completedAt: at } },
					quizzes: {},
					tasks: {},
					terms: {},
					updatedAt: at,
				}),
			),
		[id, at],
	);

test.describe('progress', () => {
	test('a completed module shows on its path and on the progress page, and survives export and import', async ({
		page,
	}) => {
		await page.goto(`/modules/${security.id}/`);
		await answerByKeyboard(page, (correct) => correct);
		await page.getByRole('button', { name: 'Check my answers' }).click();
		await expect(page.locator('cg-module-status')).toHaveText(/^Complete: /);

		await page.goto(`/paths/${pathWithModule}/`);
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

	test("a module opened from a path leads back to it, and 'next' is always the learner's own step", async ({
		page,
	}) => {
		// A path whose first step belongs to someone else (IT hands over the laptop, say).
		const path = readdirSync('content/paths')
			.sort()
			.map((file) => ({
				id: file.replace(/\.yaml$/, ''),
				...(yaml.load(readFileSync(`content/paths/${file}`, 'utf8'), {
					schema: yaml.CORE_SCHEMA,
				}) as PathData),
			}))
			.find((candidate) => candidate.weeks[0]!.steps[0]!.owner !== 'learner')!;
		const steps = path.weeks.flatMap((week) => week.steps);
		const othersTasks = steps.filter((step) => step.owner !== 'learner').map((step) => step.task!);
		const moduleStep = steps.find((step) => step.kind === 'module')!;

		await page.goto(`/paths/${path.id}/`);
		const next = page.locator('[data-next]');
		await expect(next).toBeVisible();
		for (const task of othersTasks.filter(Boolean)) await expect(next).not.toHaveText(task);

		await page.locator(`li[data-ref="${moduleStep.ref}"] a.open`).first().click();
		await expect(page).toHaveURL(new RegExp(`/modules/${moduleStep.ref}/\\?from=${path.id}$`));
		const back = page.getByRole('link', { name: `Back to ${path.title}` });
		await expect(back).toHaveAttribute('href', `/paths/${path.id}/`);
		const onward = page.locator('cg-path-return [data-next]');
		await expect(onward).toBeVisible();
		await expect(onward).not.toHaveText(moduleStep.ref!);
		for (const task of othersTasks.filter(Boolean)) await expect(onward).not.toHaveText(task);
		// Opened from the catalogue instead, the module offers no way back to a path.
		await page.goto(`/modules/${moduleStep.ref}/`);
		await expect(page.locator('cg-path-return')).toBeHidden();
	});

	test('one bad entry in the saved record costs nothing else, and the original is kept to download', async ({
		page,
	}) => {
		await page.goto('/progress/');
		const original = JSON.stringify({
			version: 1,
			modules: { [security.id]: { completedAt: '2026-11-20T10:00:00.000Z' } },
			quizzes: {},
			tasks: {},
			terms: { vpn: 'last week' },
			updatedAt: '2026-11-20T10:00:00.000Z',
		});
		await page.evaluate((raw) => localStorage.setItem('cg:progress', raw), original);
		await page.reload();
		await expect(page.locator('.cg-notice')).toContainText(
			'Part of your saved progress could not be read: 1 entry was left out and the rest was kept.',
		);
		await expect(page.locator('[data-modules]')).toContainText(security.title);
		const kept = page.getByRole('region', { name: 'A copy of progress that could not be read' });
		await expect(kept).toBeVisible();
		const downloadPromise = page.waitForEvent('download');
		await kept.getByRole('button', { name: 'Download the copy' }).click();
		expect(readFileSync(await (await downloadPromise).path(), 'utf8')).toBe(original);
		await page.reload();
		await expect(page.locator('.cg-notice')).toHaveCount(0);
		await expect(kept).toBeVisible();
		await kept.getByRole('button', { name: 'Discard the copy' }).click();
		await expect(kept).toBeHidden();
		await page.reload();
		await expect(kept).toBeHidden();
	});

	test('importing into a browser with progress says what changes, then merges or replaces', async ({
		page,
	}) => {
		const other = modules.find((module) => module.id !== security.id)!;
		// A file from another computer, where the security module was passed.
		await page.goto('/progress/');
		await saveCompleted(page, security.id, '2026-11-20T10:00:00.000Z');
		await page.reload();
		const downloadPromise = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export to a file' }).click();
		const file = await (await downloadPromise).path();
		// This browser, meanwhile, passed another module instead.
		await saveCompleted(page, other.id, '2026-11-25T10:00:00.000Z');
		await page.reload();

		const choice = page.getByRole('region', {
			name: 'Merge the file with this browser, or replace?',
		});
		await page.getByLabel('Import a file').setInputFiles(file);
		await expect(choice).toBeVisible();
		await expect(choice).toContainText('The file holds 1 completed module');
		await expect(choice).toContainText(
			'Merging keeps everything in both and adds 1 completed module',
		);
		await expect(choice).toContainText(
			'Replacing loses what only this browser has: 1 completed module',
		);
		await expect(choice.getByRole('heading')).toBeFocused();
		expect(await findA11yViolations(page)).toEqual([]);
		await choice.getByRole('button', { name: 'Cancel' }).click();
		await expect(page.getByText('Nothing was imported.')).toBeVisible();
		await expect(page.locator('[data-modules]')).not.toContainText(security.title);

		await page.getByLabel('Import a file').setInputFiles(file);
		await choice.getByRole('button', { name: 'Merge' }).click();
		await expect(
			page.getByText('The file was merged with your progress in this browser.'),
		).toBeVisible();
		await expect(page.locator('[data-modules]')).toContainText(security.title);
		await expect(page.locator('[data-modules]')).toContainText(other.title);

		await page.getByLabel('Import a file').setInputFiles(file);
		await choice.getByRole('button', { name: 'Replace' }).click();
		await expect(
			page.getByText('Your progress in this browser was replaced by the file.'),
		).toBeVisible();
		await expect(page.locator('[data-modules]')).toContainText(security.title);
		await expect(page.locator('[data-modules]')).not.toContainText(other.title);
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
		await page.getByRole('button', { name: 'Clear', exact: true }).click();
		await saveCompleted(page, security.id, '2026-11-24T10:00:00.000Z');
		await page.reload();
		await expect(
			page.locator(`[data-module-status="${security.id}"] [data-status-label]`),
		).toHaveText('Completed');
		expect(await findA11yViolations(page)).toEqual([]);
	});
});
