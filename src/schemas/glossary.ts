import { z } from 'astro/zod';
import { countWords, idSchema, isoDateSchema, textSchema } from './shared.ts';

/** Which side the explanation is written for. */
export const lenses = ['it', 'business'] as const;

/** Topic groups used by the glossary filters. */
export const glossaryCategories = [
	'security',
	'networking',
	'cloud',
	'devices',
	'software',
	'data',
	'support',
	'collaboration',
	'ai',
	'development',
	'finance',
	'strategy',
	'customers',
	'operations',
	'procurement',
	'people',
	'governance',
	'projects',
] as const;

/** One glossary term: `content/glossary/<id>.yaml`, the id is the file name. */
export const glossarySchema = z.strictObject({
	/** Display name, e.g. `VPN`. */
	term: textSchema,
	/** Aliases, expansions and variants; searchable, auto-linked, unique across the glossary. */
	aka: z.array(textSchema).default([]),
	/** `it`: an IT term explained for business readers; `business`: a business term explained for IT readers. */
	lens: z.enum(lenses),
	/** Topic group used by filters. */
	category: z.enum(glossaryCategories),
	/** One plain-language sentence for tooltips and search cards, at most 200 characters. */
	short: textSchema.max(200, 'keep the short definition to 200 characters or fewer'),
	/** Markdown explanation, 60–250 words. */
	explanation: textSchema.superRefine((text, ctx) => {
		const words = countWords(text);
		if (words < 60 || words > 250)
			ctx.addIssue({ code: 'custom', message: `write 60–250 words (this has ${words})` });
	}),
	/** The term used in a sentence at work. */
	example: textSchema,
	/** Why the reader from the other side should care. */
	whyItMatters: textSchema,
	/** How to phrase a request or question about it. */
	askLikeThis: textSchema.optional(),
	/** Everyday words people type instead of the term ("work from home access" for VPN); indexed for search. */
	phrases: z.array(textSchema).default([]),
	/** Ids of other glossary terms; each must exist. */
	related: z.array(idSchema).default([]),
	/**
	 * What auto-linking may link: `all` (default); `aliases`, when the term is also an everyday
	 * word ("driver", "release") and only its specific aliases should link; `none`.
	 */
	autolink: z.enum(['all', 'aliases', 'none']).default('all'),
	/** Date of the last content review. */
	reviewed: isoDateSchema,
	/** Team or role that keeps this entry accurate. */
	owner: textSchema.optional(),
});

export type GlossaryEntry = z.output<typeof glossarySchema>;
export type GlossaryInput = z.input<typeof glossarySchema>;
