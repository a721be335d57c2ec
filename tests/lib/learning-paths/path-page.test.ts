import { expect, test } from 'vitest';
import { buildPathPage } from '../../../src/lib/learning-paths/path-page.ts';
import { path } from '../../helpers/entries.ts';

const lookup = (kind: string, ref: string) => ({
	title: `${kind} ${ref}`,
	href: `/${kind}s/${ref}/`,
	minutes: kind === 'term' ? undefined : 10,
});

test('builds the checklist: weeks, labelled steps, links that lead back, totals and contents', async () => {
	const data = path({
		weeks: [
			{
				week: 1,
				focus: 'Get set up',
				steps: [
					{ kind: 'task', task: 'Hand over the laptop', owner: 'it' },
					{ kind: 'module', ref: 'security-basics', owner: 'learner' },
					{ kind: 'term', ref: 'mfa', owner: 'learner' },
				],
			},
			{
				week: 2,
				focus: 'Find help',
				steps: [{ kind: 'guide', ref: 'first-week', owner: 'buddy' }],
			},
		],
	});
	const page = buildPathPage({ id: 'new-hire', data }, lookup);
	expect(page.steps).toBe(page.weeks.flatMap((week) => week.steps).length);
	expect(
		page.weeks.flatMap((week) => week.steps).find((step) => step.kind === 'module')?.open,
	).toMatch(/\?from=new-hire$/);
	await expect(JSON.stringify(page, null, 2)).toMatchFileSnapshot('__snapshots__/path-page.json');
});
