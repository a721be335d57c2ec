import type { GlossaryEntry } from '../../schemas/glossary.ts';
import type { Module } from '../../schemas/modules.ts';
import type { Path } from '../../schemas/paths.ts';
import type { Talk } from '../../schemas/talks.ts';
import type { Win } from '../../schemas/wins.ts';
import type { GuideFrontmatter } from '../../schemas/guides.ts';

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
}

/** Everything under `content/`, parsed and validated per file, ready for cross-file checks. */
export interface ContentSet {
	glossary: SourceEntry<GlossaryEntry>[];
	modules: SourceEntry<Module>[];
	talks: SourceEntry<Talk>[];
	paths: SourceEntry<Path>[];
	wins: SourceEntry<Win>[];
	guides: SourceEntry<GuideFrontmatter>[];
}

/** Collections whose files live in `content/<name>/`. */
export type CollectionName = keyof ContentSet;

/** Id of an entry from its path inside the collection folder: the file name without extension. */
export function getEntryId(relativePath: string): string {
	const name = relativePath.split('/').pop() ?? relativePath;
	return name.replace(/\.[^.]+$/, '');
}
