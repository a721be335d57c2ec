import { describe, expect, test } from 'vitest';
import { lintQuiz, MAX_LENGTH_RATIO } from '../../../src/lib/modules/quiz-lint.ts';
import type { QuizQuestion } from '../../../src/schemas/quiz.ts';

const choice = (text: string, correct = false) => ({ text, correct, why: 'Because.' });
/** A fair question: the right choice (at `right`) is no longer than the others. */
const fair = (
	right: number,
	texts = ['Ask the helpdesk', 'Restart the laptop', 'Wait an hour'],
) => ({
	question: `Your laptop will not connect (${right}). What first?`,
	choices: texts.map((text, c) => choice(text, c === right)),
});
const balanced: QuizQuestion[] = [fair(0), fair(1), fair(2), fair(0), fair(1), fair(2)];
const source = (quiz: QuizQuestion[]) =>
	[
		'---',
		'title: T',
		'quiz:',
		...quiz.map((q) => `  - question: ${q.question}\n    choices: []`),
		'---',
	].join('\n');
const lint = (quiz: QuizQuestion[]) => lintQuiz('content/modules/m.mdx', source(quiz), quiz);

describe('lintQuiz', () => {
	test('passes a check whose choices carry no signal', () => {
		expect(lint(balanced)).toEqual([]);
	});

	test('flags a right choice more than 25 % longer than the longest wrong one, naming question and line', () => {
		const long = 'Ask the helpdesk, and say what you tried';
		const quiz = [...balanced];
		quiz[3] = fair(0, [long, 'Restart the laptop', 'Wait an hour']);
		const [issue, ...rest] = lint(quiz);
		expect(rest).toEqual([]);
		expect(issue).toMatchObject({
			file: 'content/modules/m.mdx',
			field: 'quiz[3].choices',
			code: 'quiz-longest-correct',
			line: 10,
		});
		expect(issue!.problem).toMatch(
			/^question 4 \("Your laptop will not connect \(0\)\. What first\?"\): the right choice is 122 % longer/,
		);
		expect(issue!.fix).toContain('at most 25 % longer');
	});

	test('allows a right choice exactly at the limit', () => {
		const wrong = 'x'.repeat(40);
		const quiz = [...balanced];
		quiz[0] = fair(0, ['y'.repeat(40 * MAX_LENGTH_RATIO), wrong, 'z'.repeat(30)]);
		expect(lint(quiz)).toEqual([]);
		quiz[0] = fair(0, ['y'.repeat(40 * MAX_LENGTH_RATIO + 1), wrong, 'z'.repeat(30)]);
		expect(lint(quiz).map((issue) => issue.code)).toEqual(['quiz-longest-correct']);
	});

	test('compares the longest right choice in a multi-select question', () => {
		const quiz = [...balanced];
		quiz[2] = {
			question: 'Which help?',
			choices: [
				choice('Tell the helpdesk at once, by phone', true),
				choice('Keep it', true),
				choice('Wait'),
			],
		};
		expect(lint(quiz).map((issue) => issue.field)).toEqual(['quiz[2].choices']);
	});

	test.each(['All of the above', 'none of these', 'Both of them', 'all the above', 'Both A and C'])(
		'flags the catch-all choice "%s"',
		(text) => {
			const quiz = [...balanced];
			quiz[1] = fair(1, ['Ask the helpdesk', 'Restart the laptop', text]);
			expect(lint(quiz)).toMatchObject([
				{ code: 'quiz-all-or-none', field: 'quiz[1].choices[2].text' },
			]);
		},
	);

	test('accepts "all of them" inside a real choice', () => {
		const quiz = [...balanced];
		quiz[1] = fair(0, ['Ask the helpdesk', 'Delete all of them, then restart', 'Wait an hour']);
		expect(lint(quiz)).toEqual([]);
	});

	test('flags two choices that say the same, ignoring case and punctuation', () => {
		const quiz = [...balanced];
		quiz[5] = fair(2, ['Ask the helpdesk', 'ask the helpdesk!', 'Wait an hour']);
		expect(lint(quiz)).toMatchObject([
			{ code: 'quiz-duplicate-choice', field: 'quiz[5].choices[1].text' },
		]);
		expect(lint(quiz)[0]!.problem).toContain('choice 2 says the same as choice 1');
	});

	test('flags a module whose right answers all sit in one position', () => {
		const quiz = balanced.map(() => fair(1));
		expect(lint(quiz)).toMatchObject([{ code: 'quiz-same-position', field: 'quiz', line: 3 }]);
		expect(lint(quiz)[0]!.problem).toBe(
			'in all 6 single-answer questions the right choice is number 2',
		);
	});

	test('does not count multi-select questions towards the position rule', () => {
		const multi = {
			question: 'Which?',
			choices: [choice('One', true), choice('Two', true), choice('Six')],
		};
		expect(lint([fair(1), fair(1), multi, multi, multi, multi])).toEqual([]);
	});
});
