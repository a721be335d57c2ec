import { describe, expect, test } from 'vitest';
import { getPathProgress } from '../../../src/lib/learning-paths/progress.ts';
import {
	completeModule,
	createProgress,
	setTask,
	viewTerm,
} from '../../../src/lib/progress/store.ts';

const now = new Date('2026-11-24T10:00:00Z');
const steps = [
	{ kind: 'task' as const, key: 'task-meet-it' },
	{ kind: 'module' as const, key: 'module-security-basics', ref: 'security-basics' },
	{ kind: 'term' as const, key: 'term-vpn', ref: 'vpn' },
	{ kind: 'guide' as const, key: 'guide-first-week', ref: 'first-week' },
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
});
