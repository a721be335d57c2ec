import type { z } from 'astro/zod';
import type { CollectionName, collections } from '../content/collections.ts';

/** A parsed content file: where it came from and what it holds. */
export interface SourceEntry<T> {
	/** Entry id (file name without extension; for guides the slug below `content/docs`). */
	id: string;
	/** Path relative to the project root. */
	file: string;
	/** Validated data. */
	data: T;
	/** Link targets found in the Markdown/MDX body, for `defines` checks. */
	links: string[];
	/** Whether the body has a "Try this" exercise (`:::tip[Try this]`). */
	hasTryThis?: boolean;
	/** The body's `##` headings in order, for the summary check. */
	units?: string[];
	/** The `name` of each `<Diagram>` in the body, which must have a file in `content/diagrams/`. */
	diagrams?: string[];
}

/** Everything under `content/`, parsed and validated per file, ready for cross-file checks. */
export type ContentSet = {
	[K in CollectionName]: SourceEntry<z.output<(typeof collections)[K]['schema']>>[];
};

export type { CollectionName };
