// The one table of the site's content collections: where each lives, what checks it, where its
// pages go and what authors and readers call it. Validation, the content layer, page links, path
// steps, reviews and the scaffolding templates all read it; adding a collection is one row here
// and one schema in src/schemas/.
import type { z } from 'astro/zod';
import { glossarySchema } from '../../schemas/glossary.ts';
import { guideFrontmatterSchema } from '../../schemas/guides.ts';
import { moduleSchema } from '../../schemas/modules.ts';
import { pathSchema } from '../../schemas/paths.ts';
import { talkSchema } from '../../schemas/talks.ts';
import { winSchema } from '../../schemas/wins.ts';

/** What the site knows about one collection. */
export interface CollectionSpec {
	/** Folder below `content/`. */
	folder: string;
	/** The one file extension authors use. */
	extension: '.yaml' | '.mdx' | '.md';
	/** The schema every file's data must pass. */
	schema: z.ZodType;
	/** What authors and readers call one entry, as in "… is not a session kit". */
	label: string;
	/** Site path of an entry's own page, below the base; none when entries share one page. */
	page?: (id: string) => string;
	/** The `kind` a path step uses to point at an entry of this collection. */
	stepKind?: 'term' | 'module' | 'talk' | 'guide';
}

export const collections = {
	glossary: {
		folder: 'glossary',
		extension: '.yaml',
		schema: glossarySchema,
		label: 'glossary term',
		page: (id) => `glossary/${id}/`,
		stepKind: 'term',
	},
	modules: {
		folder: 'modules',
		extension: '.mdx',
		schema: moduleSchema,
		label: 'module',
		page: (id) => `modules/${id}/`,
		stepKind: 'module',
	},
	talks: {
		folder: 'talks',
		extension: '.mdx',
		schema: talkSchema,
		label: 'session kit',
		page: (id) => `talks/${id}/`,
		stepKind: 'talk',
	},
	paths: {
		folder: 'paths',
		extension: '.yaml',
		schema: pathSchema,
		label: 'path',
		page: (id) => `paths/${id}/`,
	},
	wins: {
		folder: 'wins',
		extension: '.md',
		schema: winSchema,
		label: 'shared win',
	},
	guides: {
		folder: 'docs/guides',
		extension: '.mdx',
		schema: guideFrontmatterSchema,
		label: 'guide',
		page: (id) => `guides/${id}/`,
		stepKind: 'guide',
	},
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof collections;

/** Collections whose entries each have a page of their own. */
export type PagedCollection = {
	[K in CollectionName]: (typeof collections)[K] extends { page: unknown } ? K : never;
}[CollectionName];

/** The collection a path step of each kind points into. */
export const stepCollections = Object.fromEntries(
	Object.entries(collections).flatMap(([name, spec]: [string, CollectionSpec]) =>
		spec.stepKind ? [[spec.stepKind, name]] : [],
	),
) as Record<NonNullable<CollectionSpec['stepKind']>, CollectionName>;

/** Where an entry's file sits, from the project root: `content/docs/guides/escalating-well.mdx`. */
export function getEntryFile(collection: CollectionName, id: string): string {
	const { folder, extension } = collections[collection];
	return `content/${folder}/${id}${extension}`;
}

/** Id of an entry from its path inside the collection folder: the file name without extension. */
export function getEntryId(relativePath: string): string {
	const name = relativePath.split('/').pop() ?? relativePath;
	return name.replace(/\.[^.]+$/, '');
}

/**
 * A guide's id from any way it is written: `escalating-well`, `guides/escalating-well` (the id
 * Starlight's docs collection gives it) or `/guides/escalating-well/`.
 */
export function getGuideSlug(ref: string): string {
	return ref.replace(/^\/?(guides\/)?/, '').replace(/\/$/, '');
}
