import { describe, expect, test } from 'vitest';
import { findNextStep } from '../../../src/lib/progress/next-step.ts';
import { completeModule, createProgress, setTask } from '../../../src/lib/progress/store.ts';

const now = new Date('2026-11-24T10:00:00Z');
const catalogue = {
	modules: [
		{ id: 'a', title: 'A', href: '/modules/a/', track: 'it-for-business' },
		{ id: 'b', title: 'B', href: '/modules/b/', track: 'it-for-business' },
		{ id: 'm', title: 'M', href: '/modules/m/', track: 'business-for-it' },
	],
	paths: [
		{
			id: 'p',
			title: 'New hire',
			href: '/paths/p/',
			steps: [
				{ kind: 'task' as const, key: 'task-meet-it', label: 'Meet IT', owner: 'learner' as const },
				{
					kind: 'task' as const,
					key: 'task-hand-over-the-laptop',
					label: 'Hand over the laptop',
					owner: 'it' as const,
				},
				{
					kind: 'module' as const,
					key: 'module-a',
					ref: 'a',
					label: 'A',
					owner: 'learner' as const,
					href: '/modules/a/',
				},
			],
		},
	],
};

describe('findNextStep', () => {
	test('suggests nothing before the reader starts', () => {
		expect(findNextStep(createProgress(now), catalogue)).toBeUndefined();
	});

	test("continues a started path at the learner's own next open step, not IT's", () => {
		const record = setTask(createProgress(now), 'p', 'task-meet-it', true, now);
		expect(findNextStep(record, catalogue)).toEqual({
			text: 'Continue “New hire” (1 of 3 steps done). Next:',
			linkText: 'A',
			href: '/modules/a/?from=p',
		});
	});

	test('otherwise suggests the next module in a track the reader has started', () => {
		const record = completeModule(createProgress(now), 'a', now);
		expect(findNextStep(record, { ...catalogue, paths: [] })).toEqual({
			text: 'Your next module:',
			linkText: 'B',
			href: '/modules/b/',
		});
		expect(
			findNextStep(completeModule(record, 'b', now), { ...catalogue, paths: [] }),
		).toBeUndefined();
	});
});
