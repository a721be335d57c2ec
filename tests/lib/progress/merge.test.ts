import { describe, expect, test } from 'vitest';
import { describeImport, isEmptyProgress, mergeProgress } from '../../../src/lib/progress/merge.ts';
import {
	completeModule,
	createProgress,
	recordQuizScore,
	setTask,
	viewTerm,
} from '../../../src/lib/progress/store.ts';

const [monday, tuesday, friday] = ['2026-11-23', '2026-11-24', '2026-11-27'].map(
	(day) => new Date(`${day}T10:00:00Z`),
) as [Date, Date, Date];

// This browser: module a on Tuesday, a 3 of 6 on b, one step, term vpn on Tuesday.
let browser = completeModule(createProgress(monday), 'a', tuesday);
browser = recordQuizScore(browser, 'b', 3, 6, tuesday);
browser = setTask(browser, 'p', 'task-meet-it', true, tuesday);
browser = viewTerm(browser, 'vpn', tuesday);
// The file, from another computer: module a on Monday, module c, 5 of 6 on b, another step.
let file = completeModule(createProgress(monday), 'a', monday);
file = completeModule(file, 'c', monday);
file = recordQuizScore(file, 'b', 5, 6, monday);
file = setTask(file, 'p', 'module-c', true, monday);
file = viewTerm(file, 'vpn', monday);

describe('mergeProgress', () => {
	test('keeps everything in both, the first dates and the better score', () => {
		expect(mergeProgress(browser, file, friday)).toEqual({
			version: 1,
			modules: {
				a: { completedAt: monday.toISOString() },
				c: { completedAt: monday.toISOString() },
			},
			quizzes: { b: { best: 5, total: 6, at: monday.toISOString() } },
			tasks: { p: ['module-c', 'task-meet-it'] },
			terms: { vpn: monday.toISOString() },
			updatedAt: friday.toISOString(),
		});
	});

	test('keeps this browser’s score when it is the better one', () => {
		const better = recordQuizScore(browser, 'b', 6, 6, friday);
		expect(mergeProgress(better, file, friday).quizzes.b!.best).toBe(6);
	});
});

describe('describeImport', () => {
	test('says what each choice would do before the reader picks one', () => {
		expect(describeImport(browser, file, friday)).toEqual({
			file: 'The file holds 2 completed modules, 1 ticked step and 1 glossary term.',
			browser: 'This browser holds 1 completed module, 1 ticked step and 1 glossary term.',
			merge:
				'Merging keeps everything in both and adds 1 completed module and 1 ticked step from the file, with the better score of each check.',
			replace: 'Replacing loses what only this browser has: 1 ticked step.',
		});
	});

	test('says when there is nothing to gain or lose', () => {
		const same = describeImport(file, file, friday);
		expect(same.merge).toMatch(/^Merging adds nothing new/);
		expect(same.replace).toMatch(/^Replacing loses nothing/);
	});

	test('knows an empty record, which an import can simply replace', () => {
		expect(isEmptyProgress(createProgress(monday))).toBe(true);
		expect(isEmptyProgress(browser)).toBe(false);
		expect(describeImport(browser, createProgress(monday), friday).file).toBe(
			'The file holds no progress.',
		);
	});
});
