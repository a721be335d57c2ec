import { z } from 'astro/zod';
import { isoDateSchema, textSchema } from './shared.ts';

/** What a path step points at. */
export const stepKinds = ['module', 'guide', 'talk', 'term', 'task'] as const;
/** Who does the step. */
export const stepOwners = ['learner', 'manager', 'buddy', 'it'] as const;

/** One step: a reference to content (`ref`) or a free task (`task`). */
export const pathStepSchema = z
	.strictObject({
		/** What the step points at. */
		kind: z.enum(stepKinds),
		/** Id of the module, talk or term, or the guide slug under `guides/`; required unless `kind: task`. */
		ref: z.string().trim().min(1).optional(),
		/** What to do, for `kind: task`. */
		task: textSchema.optional(),
		/** Who does it. */
		owner: z.enum(stepOwners),
	})
	.superRefine((step, ctx) => {
		if (step.kind === 'task' && !step.task)
			ctx.addIssue({ code: 'custom', path: ['task'], message: 'a `task` step needs `task:` text' });
		if (step.kind !== 'task' && !step.ref)
			ctx.addIssue({
				code: 'custom',
				path: ['ref'],
				message: `a \`${step.kind}\` step needs \`ref:\``,
			});
	});

/** An onboarding or cross-training path: `content/paths/<id>.yaml`. */
export const pathSchema = z.strictObject({
	/** Page title. */
	title: textSchema,
	/** One or two sentences for the catalogue. */
	description: textSchema,
	/** Who follows it. */
	audience: textSchema,
	/** Weeks in order. */
	weeks: z
		.array(
			z.strictObject({
				/** Week number, from 1. */
				week: z.number().int().positive(),
				/** The week's theme. */
				focus: textSchema,
				/** Steps in order. */
				steps: z.array(pathStepSchema).min(1, 'give each week at least one step'),
			}),
		)
		.min(1, 'give the path at least one week'),
	/** Date of the last content review. */
	reviewed: isoDateSchema,
	/** Team or role that keeps this path accurate. */
	owner: textSchema.optional(),
});

export type Path = z.output<typeof pathSchema>;
export type PathStep = z.output<typeof pathStepSchema>;
