import { z } from 'astro/zod';
import { quizQuestionSchema } from './quiz.ts';
import { idSchema, isoDateSchema, textSchema } from './shared.ts';

/** Share of questions, in per cent, a learner must get right unless a module sets its own. */
export const DEFAULT_PASS_MARK = 80;

/** Which side learns from the module. */
export const tracks = ['it-for-business', 'business-for-it'] as const;
/** How much the module assumes. */
export const levels = ['intro', 'core', 'deeper'] as const;

/** Frontmatter of a cross-training module: `content/modules/<id>.mdx`. */
export const moduleSchema = z.strictObject({
	/** Page title. */
	title: textSchema,
	/** One or two sentences for the catalogue and search. */
	description: textSchema,
	/** `it-for-business` teaches IT to business staff; `business-for-it` the reverse. */
	track: z.enum(tracks),
	/** Depth. */
	level: z.enum(levels),
	/** Time to work through the module alone, in minutes (5–90). */
	minutes: z.number().int().min(5).max(90),
	/** What the learner can do afterwards, 2–5 items. */
	objectives: z
		.array(textSchema)
		.min(2, 'list at least 2 objectives')
		.max(5, 'list at most 5 objectives'),
	/** Module ids to take first; must exist and must not form a cycle. */
	prerequisites: z.array(idSchema).default([]),
	/** Glossary term ids the learner should know first. */
	requires: z.array(idSchema).default([]),
	/** Glossary term ids this module teaches; each must be linked in the body. */
	defines: z.array(idSchema).default([]),
	/** Knowledge check, at least 6 questions; `npm run lint:content` checks that none gives its answer away. */
	quiz: z.array(quizQuestionSchema).min(6, 'write at least 6 quiz questions'),
	/**
	 * Share of the questions, in per cent, a learner must get right for the module to count as
	 * complete; 80 unless the module needs another.
	 */
	passMark: z.number().int().min(50).max(100).default(DEFAULT_PASS_MARK),
	/** Notes for running the module with a group. */
	facilitation: z
		.strictObject({
			/** Group session length in minutes. */
			minutes: z.number().int().positive(),
			/** Markdown notes for the facilitator. */
			notes: textSchema,
		})
		.optional(),
	/** Date of the last content review. */
	reviewed: isoDateSchema,
	/** Team or role that keeps this module accurate. */
	owner: textSchema.optional(),
});

export type Module = z.output<typeof moduleSchema>;
