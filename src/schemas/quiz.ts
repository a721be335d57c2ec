import { z } from 'astro/zod';
import { textSchema } from './shared.ts';

/** One answer option; every option explains why it is right or wrong. */
export const quizChoiceSchema = z.strictObject({
	/** What the learner reads. */
	text: textSchema,
	/** Whether choosing it is correct. */
	correct: z.boolean(),
	/** Why it is right or wrong, shown after answering. */
	why: textSchema,
});

/** One knowledge-check question with at least one correct choice. */
export const quizQuestionSchema = z
	.strictObject({
		/** The question as the learner reads it. */
		question: textSchema,
		/** Two or more options. */
		choices: z.array(quizChoiceSchema).min(2, 'give at least two choices'),
	})
	.refine((q) => q.choices.some((choice) => choice.correct), {
		message: 'mark at least one choice `correct: true`',
		path: ['choices'],
	});

export type QuizQuestion = z.output<typeof quizQuestionSchema>;
