import { z } from 'astro/zod';
import { audiences } from './docs.ts';
import { idSchema, isoDateSchema, textSchema } from './shared.ts';

/**
 * What `content/docs/guides/**` frontmatter must hold, checked by the content validator.
 * Starlight validates the shape of its own keys; here they are only allowed, so a typo fails.
 */
export const guideFrontmatterSchema = z.strictObject({
	/** Page title. */
	title: textSchema,
	/** One or two sentences for search and link previews. */
	description: textSchema,
	/** Who the guide is written for. */
	audience: z.enum(audiences),
	/** Date of the last content review. */
	reviewed: isoDateSchema,
	/** Glossary term ids the guide relies on; each must exist. */
	terms: z.array(idSchema).default([]),
	/** `false` switches glossary auto-linking off for this page. */
	glossary: z.boolean().default(true),
	/** Team or role that keeps this guide accurate. */
	owner: textSchema.optional(),
	// Starlight's own frontmatter keys, validated by Starlight itself.
	slug: z.unknown().optional(),
	editUrl: z.unknown().optional(),
	head: z.unknown().optional(),
	tableOfContents: z.unknown().optional(),
	template: z.unknown().optional(),
	hero: z.unknown().optional(),
	lastUpdated: z.unknown().optional(),
	prev: z.unknown().optional(),
	next: z.unknown().optional(),
	sidebar: z.unknown().optional(),
	banner: z.unknown().optional(),
	pagefind: z.unknown().optional(),
	draft: z.unknown().optional(),
});

export type GuideFrontmatter = z.output<typeof guideFrontmatterSchema>;
