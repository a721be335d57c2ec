import { z } from 'astro/zod';
import { idSchema, textSchema } from './shared.ts';

/** Catalogue pages a health-check suggestion can point to. */
export const suggestionPages = ['glossary', 'wins', 'guides', 'modules', 'talks'] as const;

/** Where to go next when a dimension scores low: an entry of the site, or a catalogue page. */
export const healthSuggestionSchema = z.discriminatedUnion('kind', [
	z.strictObject({
		/** A guide, a session kit or a module. */
		kind: z.enum(['guide', 'talk', 'module']),
		/** Its id: the file name without extension. */
		ref: idSchema,
	}),
	z.strictObject({
		/** A catalogue page. */
		kind: z.literal('page'),
		/** Which one. */
		page: z.enum(suggestionPages),
	}),
]);

/** One thing the relationship health check asks about: an item of `content/health-check.yaml`. */
export const healthDimensionSchema = z.strictObject({
	/** Stable id, kebab-case; saved answers and the page's anchors use it. */
	id: idSchema,
	/** Heading and chart label, a few words. */
	label: textSchema,
	/** Statements people rate from 1 to 5, once as IT sees it and once as the business does. */
	statements: z
		.array(textSchema)
		.min(2, 'give each dimension at least 2 statements')
		.max(5, 'give each dimension at most 5 statements'),
	/** Guides, kits and modules to suggest when the dimension scores low, 1 to 4. */
	suggestions: z
		.array(healthSuggestionSchema)
		.min(1, 'suggest at least one page')
		.max(4, 'suggest at most 4 pages'),
});

/** The whole file: the dimensions in the order the page shows them. */
export const healthCheckSchema = z
	.array(healthDimensionSchema)
	.min(3, 'the health check needs at least 3 dimensions');

export type HealthDimension = z.output<typeof healthDimensionSchema>;
export type HealthSuggestion = z.output<typeof healthSuggestionSchema>;
