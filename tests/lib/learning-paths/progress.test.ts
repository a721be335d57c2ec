import { describe, expect, test } from 'vitest';
import { getPathProgress } from '../../../src/lib/learning-paths/progress.ts';
import {
	completeModule,
	createProgress,
	setTask,
	viewTerm,
} from '../../../src/lib/progress/store.ts';

const now = new Date('2026-11-24T10:00:00Z');
const learner = 'learner' as const;
const steps = [
	{ kind: 'task' as const, key: 'task-meet-it', owner: learner },
	{
		kind: 'module' as const,
		key: 'module-security-basics',
		ref: 'security-basics',
		owner: learner,
	},
	{ kind: 'term' as const, key: 'term-vpn', ref: 'vpn', owner: learner },
	{ kind: 'guide' as const, key: 'guide-first-week', ref: 'first-week', owner: learner },
];

describe('path progress', () => {
	test('counts ticked steps, completed modules and viewed terms, and finds the next step', () => {
		let record = createProgress(now);
		expect(getPathProgress('p', steps, record)).toEqual({ done: 0, total: 4, next: steps[0] });
		record = setTask(record, 'p', 'task-meet-it', true, now);
		record = completeModule(record, 'security-basics', now);
		expect(getPathProgress('p', steps, record)).toMatchObject({ done: 2, next: steps[2] });
		record = viewTerm(record, 'vpn', now);
		record = setTask(record, 'p', 'guide-first-week', true, now);
		expect(getPathProgress('p', steps, record)).toEqual({ done: 4, total: 4, next: undefined });
		expect(getPathProgress('other', steps, record).done).toBe(2);
	});

	test("the next step is the learner's own: a task for IT or the manager is skipped", () => {
		const handOver = {
			kind: 'task' as const,
			key: 'task-hand-over-the-laptop',
			owner: 'it' as const,
		};
		const mixed = [handOver, ...steps];
		expect(getPathProgress('p', mixed, createProgress(now))).toMatchObject({
			total: 5,
			next: steps[0],
		});
	});
});
