/** The learner's picks: for each question, the indexes of the chosen choices. */
export type QuizAnswers = readonly (readonly number[])[];

/** Result of a knowledge check: a question counts when exactly its correct choices are picked. */
export interface QuizScore {
	correct: number;
	total: number;
	perQuestion: boolean[];
}

/** What scoring needs of a question: which choices are correct. */
export interface ScorableQuestion {
	choices: readonly { correct: boolean }[];
}

/** Indexes of the correct choices of a question. */
export function getCorrectChoices(question: ScorableQuestion): number[] {
	return question.choices.flatMap((choice, index) => (choice.correct ? [index] : []));
}

/** Whether a question has more than one correct choice (shown as checkboxes). */
export function isMultipleAnswer(question: ScorableQuestion): boolean {
	return getCorrectChoices(question).length > 1;
}

/** Scores the answers against the questions. */
export function scoreQuiz(questions: readonly ScorableQuestion[], answers: QuizAnswers): QuizScore {
	const perQuestion = questions.map((question, index) => {
		const picked = [...new Set(answers[index] ?? [])].sort((a, b) => a - b);
		const correct = getCorrectChoices(question);
		return picked.length === correct.length && picked.every((choice, i) => choice === correct[i]);
	});
	return { correct: perQuestion.filter(Boolean).length, total: questions.length, perQuestion };
}

/** Right answers needed to pass a check of `total` questions at `passMark` per cent. */
export function getRequiredToPass(total: number, passMark: number): number {
	return Math.min(total, Math.ceil((total * passMark) / 100 - 1e-9));
}

/** Whether a score reaches the pass mark. */
export function hasPassed(score: Pick<QuizScore, 'correct' | 'total'>, passMark: number): boolean {
	return score.correct >= getRequiredToPass(score.total, passMark);
}

/** The sentence announced after checking answers, against the `required` right answers. */
export function describeScore(score: QuizScore, required: number): string {
	const got = `You got ${score.correct} of ${score.total} right`;
	if (score.correct === score.total) return `${got}, so you passed. Well done!`;
	if (score.correct >= required)
		return `${got}, so you passed: the module counts as complete. Read why the others were wrong.`;
	return `${got}. You need ${required} to pass: read the explanations, then try again.`;
}
