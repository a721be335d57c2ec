import { z } from 'astro/zod';
import { idSchema, isoDateSchema } from './shared.ts';

/** Who a page is written for; drives the jargon check and the start page. */
export const audiences = [
	'business',
	'it',
	'everyone',
	'facilitators',
	'managers',
	'new-hires',
] as const;

/** Page types used by the search `type` filter. */
export const pageTypes = ['guide', 'glossary', 'module', 'talk', 'path', 'win', 'page'] as const;

/** Fields added to Starlight's docs frontmatter (guides and custom pages). */
export const docsExtension = z.object({
	/** Who the page is for. */
	audience: z.enum(audiences).optional(),
	/** Date of the last content review; required on guides by the content check. */
	reviewed: isoDateSchema.optional(),
	/** Glossary term ids the page relies on. */
	terms: z.array(idSchema).default([]),
	/** `false` switches glossary auto-linking off for the page. */
	glossary: z.boolean().default(true),
	/** Search `type` filter value; set by custom pages. */
	pageType: z.enum(pageTypes).optional(),
});
