// Shapes shared by the benchmark's corpus, copies and bare sites.
import { stepCollections as steps } from '../../../src/lib/content/collections.ts';
import type { CollectionName } from '../../../src/lib/validation/content-set.ts';

export type { CollectionName };

/** One content entry, kept as authors wrote it (raw YAML values, dates as text). */
export interface CorpusEntry {
	collection: CollectionName;
	id: string;
	data: Record<string, unknown>;
	/** Markdown or MDX body of .md/.mdx entries. */
	body?: string;
	/** Id of the original when this entry is a renamed copy. */
	copyOf?: string;
}

/** A corpus ready to write into a site's `content/` folder. */
export interface Corpus {
	entries: CorpusEntry[];
	/** Files copied as they are, relative to `content/`: authoring page, i18n, allowlist. */
	verbatim: { path: string; text: string }[];
}

/** A path step as written in YAML. */
export interface RawStep {
	kind: string;
	ref?: string;
	task?: string;
	owner: string;
}

/** Which collection a path step's `ref` points into. */
export const stepCollections: Record<string, CollectionName | undefined> = steps;

/** The steps of a path's raw data, in order. */
export function pathSteps(data: Record<string, unknown>): RawStep[] {
	return ((data.weeks ?? []) as { steps: RawStep[] }[]).flatMap((week) => week.steps);
}

/** The entries of one collection, sorted by id in code-point order (independent of locale). */
export function entriesOf(
	entries: readonly CorpusEntry[],
	collection: CollectionName,
): CorpusEntry[] {
	return entries
		.filter((entry) => entry.collection === collection)
		.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
