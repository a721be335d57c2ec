import { z } from 'astro/zod';
import { isoDateSchema, textSchema } from './shared.ts';

/** Frontmatter of a shared win: `content/wins/<yyyy-mm-dd>-<slug>.md`. */
export const winSchema = z.strictObject({
	/** Headline. */
	title: textSchema,
	/** When it happened. */
	date: isoDateSchema,
	/** Teams that shared the win, e.g. `[it, finance]`. */
	teams: z
		.array(z.string().regex(/^[a-z0-9-]+$/, 'use lowercase team ids'))
		.min(2, 'a shared win names at least two teams'),
	/** One line on the impact in business terms. */
	impact: textSchema,
	/** Marks an illustrative entry that did not really happen. */
	example: z.boolean().default(false),
});

export type Win = z.output<typeof winSchema>;
