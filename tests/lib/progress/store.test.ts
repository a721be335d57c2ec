import { describe, expect, test } from 'vitest';
import {
	completeModule,
	createProgress,
	describeNotice,
	exportProgress,
	importProgress,
	readProgress,
	recordAttempt,
	recordQuizScore,
	setTask,
	viewTerm,
} from '../../../src/lib/progress/store.ts';

const now = new Date('2026-11-24T10:00:00.000Z');
const later = new Date('2026-11-25T09:30:00.000Z');

describe('reading stored progress', () => {
	test('starts empty when nothing is stored', () => {
		expect(readProgress(null, now)).toEqual({ record: createProgress(now) });
	});

	test('reads a valid record back', () => {
		const record = completeModule(createProgress(now), 'security-basics', now);
		expect(readProgress(JSON.stringify(record), later)).toEqual({ record });
	});

	test.each([
		['not JSON', '{"version":1,', 'corrupt'],
		['null', 'null', 'corrupt'],
		['an older version', JSON.stringify({ version: 0, completed: ['a'] }), 'old-version'],
		['a newer version', JSON.stringify({ ...createProgress(now), version: 2 }), 'newer-version'],
	])('resets %s with a notice', (_, raw, notice) => {
		expect(readProgress(raw, later)).toEqual({ record: createProgress(later), notice });
		expect(describeNotice(notice as 'corrupt')).toMatch(
			/reset\. .*A copy of what was stored is kept/,
		);
	});

	test('keeps the valid entries of a damaged record, and says how many were left out', () => {
		const good = completeModule(createProgress(now), 'security-basics', now);
		const raw = JSON.stringify({
			...good,
			modules: { ...good.modules, 'Bad Id': {}, vpn: { completedAt: 'yesterday' } },
			terms: 'not a map',
			extra: true,
		});
		expect(readProgress(raw, later)).toEqual({
			record: { ...good, terms: {} },
			notice: 'repaired',
			dropped: 4,
		});
		const noTime = readProgress(JSON.stringify({ ...good, updatedAt: 'soon' }), later);
		expect(noTime).toMatchObject({ notice: 'repaired', dropped: 1 });
		expect(noTime.record.updatedAt).toBe(later.toISOString());
		expect(describeNotice('repaired', 4)).toBe(
			'Part of your saved progress could not be read: 4 entries were left out and the rest was kept. A copy of what was stored is kept on the progress page, where you can download it.',
		);
	});
});

describe('recording progress', () => {
	test('keeps the first completion date and can undo it', () => {
		const once = completeModule(createProgress(now), 'a', now);
		const twice = completeModule(once, 'a', later);
		expect(twice.modules.a).toEqual({ completedAt: now.toISOString() });
	});

	test('completes a module only when an attempt reaches the pass mark, and keeps it complete', () => {
		let record = recordAttempt(createProgress(now), 'a', { correct: 4, total: 6 }, 5, now);
		expect(record.modules).toEqual({});
		expect(record.quizzes.a).toEqual({ best: 4, total: 6, at: now.toISOString() });
		record = recordAttempt(record, 'a', { correct: 5, total: 6 }, 5, later);
		expect(record.modules.a).toEqual({ completedAt: later.toISOString() });
		expect(record.quizzes.a!.best).toBe(5);
		const after = recordAttempt(
			record,
			'a',
			{ correct: 1, total: 6 },
			5,
			new Date('2026-11-26T00:00:00Z'),
		);
		expect(after.modules.a).toEqual({ completedAt: later.toISOString() });
		expect(after.quizzes.a!.best).toBe(5);
	});

	test('keeps the best quiz score', () => {
		let record = recordQuizScore(createProgress(now), 'a', 3, 6, now);
		record = recordQuizScore(record, 'a', 5, 6, later);
		record = recordQuizScore(record, 'a', 4, 6, later);
		expect(record.quizzes.a).toEqual({ best: 5, total: 6, at: later.toISOString() });
	});

	test('ticks and unticks path steps and notes the first term visit', () => {
		let record = setTask(createProgress(now), 'new-hire', 'guide-first-week', true, now);
		record = setTask(record, 'new-hire', 'term-vpn', true, now);
		expect(record.tasks['new-hire']).toEqual(['guide-first-week', 'term-vpn']);
		expect(setTask(record, 'new-hire', 'term-vpn', false, later).tasks['new-hire']).toEqual([
			'guide-first-week',
		]);
		record = viewTerm(viewTerm(record, 'vpn', now), 'vpn', later);
		expect(record.terms).toEqual({ vpn: now.toISOString() });
	});
});

describe('export and import', () => {
	test('round-trips a record', () => {
		let record = completeModule(createProgress(now), 'a', now);
		record = recordQuizScore(record, 'a', 6, 6, now);
		record = setTask(record, 'p', 'task-meet-it', true, now);
		record = viewTerm(record, 'vpn', now);
		expect(importProgress(exportProgress(record))).toEqual({ record });
	});

	test.each([
		['not JSON', 'hello', 'not valid JSON'],
		['another app', JSON.stringify({ version: 1 }), 'not a Common Ground progress export'],
		[
			'another version',
			JSON.stringify({ app: 'common-ground', version: 7 }),
			'another version of the site (version 7)',
		],
		[
			'damaged entries',
			JSON.stringify({ app: 'common-ground', ...createProgress(now), tasks: { p: ['x'] } }),
			'damaged',
		],
	])('refuses %s with a clear message', (_, text, message) => {
		const result = importProgress(text);
		expect('error' in result && result.error).toContain(message);
	});
});
