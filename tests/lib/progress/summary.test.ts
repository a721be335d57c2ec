import { describe, expect, test } from 'vitest';
import { buildSummary, getModuleLines } from '../../../src/lib/progress/summary.ts';
import {
	completeModule,
	createProgress,
	recordAttempt,
	setTask,
	viewTerm,
} from '../../../src/lib/progress/store.ts';

const now = new Date('2026-11-24T10:00:00Z');
const modules = [
	{ id: 'security-basics', title: 'Security basics', total: 6, required: 5 },
	{ id: 'cloud', title: 'Cloud', total: 8, required: 7 },
	{ id: 'money', title: 'How the organisation makes money', total: 6, required: 5 },
];

describe('module lines', () => {
	test('separate passed modules from those tried but not passed, with best score and pass mark', () => {
		let record = recordAttempt(
			createProgress(now),
			'security-basics',
			{ correct: 6, total: 6 },
			5,
			now,
		);
		record = recordAttempt(record, 'cloud', { correct: 4, total: 8 }, 7, now);
		const { passed, tried } = getModuleLines(record, modules);
		expect(passed).toEqual([
			{ module: modules[0], detail: 'completed 24 November 2026, best score 6 of 6' },
		]);
		expect(tried).toEqual([
			{ module: modules[1], detail: 'best score 4 of 8; passing takes 7 of 8' },
		]);
	});

	test('keep a module completed before pass marks existed, without a score', () => {
		const record = completeModule(createProgress(now), 'money', now);
		expect(getModuleLines(record, modules).passed).toEqual([
			{ module: modules[2], detail: 'completed 24 November 2026' },
		]);
	});
});

describe('buildSummary', () => {
	test('writes a plain-text summary for a manager', () => {
		let record = recordAttempt(
			createProgress(now),
			'security-basics',
			{ correct: 5, total: 6 },
			5,
			now,
		);
		record = recordAttempt(record, 'cloud', { correct: 3, total: 8 }, 7, now);
		record = setTask(viewTerm(record, 'vpn', now), 'p', 'task-meet-it', true, now);
		const text = buildSummary(record, {
			modules,
			paths: [{ id: 'p', title: 'New hire', total: 4, done: (r) => (r.tasks.p ?? []).length }],
		});
		expect(text).toMatchInlineSnapshot(`
			"My learning progress on Common Ground

			Modules completed (knowledge check passed): 1 of 3
			- Security basics (completed 24 November 2026, best score 5 of 6)

			Started, not passed yet:
			- Cloud (best score 3 of 8; passing takes 7 of 8)

			Paths:
			- New hire: 1 of 4 steps done

			Glossary terms looked up: 1"
		`);
	});
});
