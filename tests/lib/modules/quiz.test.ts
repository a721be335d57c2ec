import { describe, expect, test } from 'vitest';
import {
	describeScore,
	getCorrectChoices,
	getRequiredToPass,
	hasPassed,
	isMultipleAnswer,
	scoreQuiz,
} from '../../../src/lib/modules/quiz.ts';

const single = { choices: [{ correct: false }, { correct: true }, { correct: false }] };
const multiple = { choices: [{ correct: true }, { correct: false }, { correct: true }] };
const questions = [single, multiple].map((q) => ({
	choices: q.choices.map((c, i) => ({ text: `${i}`, why: 'because', ...c })),
}));

describe('scoreQuiz', () => {
	test('counts a question only when exactly its correct choices are picked', () => {
		expect(scoreQuiz(questions, [[1], [0, 2]])).toEqual({
			correct: 2,
			total: 2,
			perQuestion: [true, true],
		});
		expect(scoreQuiz(questions, [[0], [2, 0]])).toEqual({
			correct: 1,
			total: 2,
			perQuestion: [false, true],
		});
		expect(scoreQuiz(questions, [[1, 2], [0]])).toEqual({
			correct: 0,
			total: 2,
			perQuestion: [false, false],
		});
		expect(scoreQuiz(questions, [])).toMatchObject({ correct: 0, total: 2 });
	});

	test('knows which questions take several answers', () => {
		expect(getCorrectChoices(questions[1]!)).toEqual([0, 2]);
		expect([isMultipleAnswer(questions[0]!), isMultipleAnswer(questions[1]!)]).toEqual([
			false,
			true,
		]);
	});

	test('describes the score against the pass mark', () => {
		const score = (correct: number) => ({ correct, total: 6, perQuestion: [] });
		expect(describeScore(score(6), 5)).toBe('You got 6 of 6 right, so you passed. Well done!');
		expect(describeScore(score(5), 5)).toBe(
			'You got 5 of 6 right, so you passed: the module counts as complete. Read why the others were wrong.',
		);
		expect(describeScore(score(4), 5)).toBe(
			'You got 4 of 6 right. You need 5 to pass: read the explanations, then try again.',
		);
	});

	test.each([
		[6, 80, 5],
		[7, 80, 6],
		[8, 80, 7],
		[10, 80, 8],
		[5, 80, 4],
		[6, 100, 6],
		[6, 50, 3],
		[7, 50, 4],
	])('%i questions at a pass mark of %i %% need %i right', (total, passMark, required) => {
		expect(getRequiredToPass(total, passMark)).toBe(required);
		expect(hasPassed({ correct: required, total }, passMark)).toBe(true);
		expect(hasPassed({ correct: required - 1, total }, passMark)).toBe(false);
	});
});
