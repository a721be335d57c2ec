import { describe, expect, test } from 'vitest';
import {
	describeScore,
	getCorrectChoices,
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

	test('describes the score', () => {
		expect(describeScore({ correct: 2, total: 2, perQuestion: [] })).toBe(
			'You got 2 of 2 right. Well done!',
		);
		expect(describeScore({ correct: 1, total: 2, perQuestion: [] })).toBe(
			'You got 1 of 2 right. Read the explanations, then try again.',
		);
	});
});
