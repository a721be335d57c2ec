import { describe, expect, test } from 'vitest';
import {
	getPathReturn,
	getPathsWithModule,
	getStepHref,
} from '../../../src/lib/learning-paths/return.ts';
import { completeModule, createProgress, setTask } from '../../../src/lib/progress/store.ts';

const now = new Date('2026-11-24T10:00:00Z');
const path = {
	id: 'new-hire',
	title: 'New hire',
	href: '/paths/new-hire/',
	steps: [
		{
			kind: 'module' as const,
			key: 'module-a',
			ref: 'a',
			label: 'A',
			owner: 'learner' as const,
			href: '/modules/a/',
		},
		{
			kind: 'task' as const,
			key: 'task-hand-over-the-laptop',
			label: 'Hand over the laptop',
			owner: 'it' as const,
		},
		{
			kind: 'task' as const,
			key: 'task-meet-your-buddy',
			label: 'Meet your buddy',
			owner: 'learner' as const,
		},
		{
			kind: 'guide' as const,
			key: 'guide-g',
			ref: 'g',
			label: 'G',
			owner: 'learner' as const,
			href: '/guides/g/',
		},
	],
};

describe('getPathReturn', () => {
	test("leads back to the path and on to the learner's next step, skipping this module and IT's task", () => {
		expect(getPathReturn(path, 'a', createProgress(now))).toEqual({
			title: 'New hire',
			href: '/paths/new-hire/',
			next: { label: 'Meet your buddy', href: '/paths/new-hire/#step-task-meet-your-buddy' },
		});
	});

	test('skips what is done, and offers no next step at the end of the path', () => {
		let record = setTask(
			completeModule(createProgress(now), 'a', now),
			'new-hire',
			'task-meet-your-buddy',
			true,
			now,
		);
		expect(getPathReturn(path, 'a', record).next).toEqual({ label: 'G', href: '/guides/g/' });
		record = setTask(record, 'new-hire', 'guide-g', true, now);
		expect(getPathReturn(path, 'a', record).next).toBeUndefined();
	});

	test('finds the paths that include a module', () => {
		expect(getPathsWithModule([path], 'a')).toEqual([path]);
		expect(getPathsWithModule([path], 'g')).toEqual([]);
	});

	test('a module step keeps the path it is opened from', () => {
		expect(getStepHref(path, path.steps[0]!)).toBe('/modules/a/?from=new-hire');
	});
});
