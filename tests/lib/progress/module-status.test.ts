import { describe, expect, test } from 'vitest';
import { describeModuleStatus } from '../../../src/lib/progress/module-status.ts';
import { completeModule, createProgress, recordAttempt } from '../../../src/lib/progress/store.ts';

const now = new Date('2026-11-24T10:00:00Z');

describe('describeModuleStatus', () => {
	test('before any attempt says what passing takes', () => {
		expect(describeModuleStatus(createProgress(now), 'm', 5, 6)).toEqual({
			kind: 'new',
			text: 'The module counts as complete when you get at least 5 of 6 questions right. You can try as often as you like; your best score is kept.',
		});
	});

	test('after a miss gives the best score and what passing takes', () => {
		const record = recordAttempt(createProgress(now), 'm', { correct: 3, total: 6 }, 5, now);
		expect(describeModuleStatus(record, 'm', 5, 6)).toEqual({
			kind: 'tried',
			text: 'Not complete yet. Your best score is 3 of 6. You need 5 of 6 to pass; try again whenever you like.',
		});
	});

	test('after a pass gives the date and the best score, and without a score just the date', () => {
		const record = recordAttempt(createProgress(now), 'm', { correct: 6, total: 6 }, 5, now);
		expect(describeModuleStatus(record, 'm', 5, 6)).toEqual({
			kind: 'passed',
			text: 'Complete: you passed the knowledge check on 24 November 2026. Your best score is 6 of 6.',
		});
		expect(
			describeModuleStatus(completeModule(createProgress(now), 'm', now), 'm', 5, 6).text,
		).toBe('Complete: you passed the knowledge check on 24 November 2026.');
	});
});
