import { describe, expect, test } from 'vitest';
import { isProgressRecord } from '../../src/schemas/progress.ts';

const valid = {
	version: 1,
	modules: { 'security-basics': { completedAt: '2026-11-24T10:00:00.000Z' } },
	quizzes: { 'security-basics': { best: 5, total: 6, at: '2026-11-24T10:00:00.000Z' } },
	tasks: { 'new-hire': ['task-meet-it', 'module-security-basics'] },
	terms: { vpn: '2026-11-24T10:00:00.000Z' },
	updatedAt: '2026-11-24T10:00:00.000Z',
};

describe('isProgressRecord', () => {
	test('accepts a valid record', () => {
		expect(isProgressRecord(valid)).toBe(true);
	});

	test.each([
		['version', { ...valid, version: 2 }],
		['extra key', { ...valid, extra: 1 }],
		['missing key', { ...valid, terms: undefined }],
		['module id', { ...valid, modules: { 'Bad Id': { completedAt: valid.updatedAt } } }],
		['completion time', { ...valid, modules: { a: { completedAt: 'yesterday' } } }],
		[
			'quiz best over total',
			{ ...valid, quizzes: { a: { best: 7, total: 6, at: valid.updatedAt } } },
		],
		['quiz total zero', { ...valid, quizzes: { a: { best: 0, total: 0, at: valid.updatedAt } } }],
		['task key', { ...valid, tasks: { p: ['First step'] } }],
		['tasks not a list', { ...valid, tasks: { p: 'task-meet-it' } }],
		['term time', { ...valid, terms: { vpn: 42 } }],
		['an array', [valid]],
	])('rejects a bad %s', (_, value) => {
		expect(isProgressRecord(value)).toBe(false);
	});
});
