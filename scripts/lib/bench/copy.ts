// Renamed copies of content entries that stay self-consistent: every id a copy refers to, in
// fields and in links, points at the same copy when that entry was copied too, and at the
// original otherwise. Glossary names and aliases get the copy's number, as they must be unique.
import { getGuideSlug } from '../../../src/lib/content/collections.ts';
import {
	type CollectionName,
	type CorpusEntry,
	type RawStep,
	entriesOf,
	stepCollections,
} from './model.ts';
import { type Rename, mapStrings, rewriteLinks } from './links.ts';

/** Ids present in a set of entries, per collection. */
export type IdSets = Record<CollectionName, Set<string>>;

/** The ids of each collection among `entries`. */
export function idSetsOf(entries: readonly CorpusEntry[]): IdSets {
	const sets: IdSets = {
		glossary: new Set(),
		modules: new Set(),
		talks: new Set(),
		paths: new Set(),
		wins: new Set(),
		guides: new Set(),
	};
	for (const entry of entries) sets[entry.collection].add(entry.id);
	return sets;
}

/** Id of copy number `copy` of an entry. */
export const copyId = (id: string, copy: number) => `${id}-c${copy}`;

/** Display name or alias of copy number `copy`: unique, and still found by a search for the original. */
export const copyName = (name: string, copy: number) => `${name} c${copy}`;

/**
 * Copy number `copy` of the originals: all of them (`share` 1) or the first `share` of each
 * collection by id. Wins are not copied: they add no pages, only length to the wins page.
 */
export function copyEntries(
	originals: readonly CorpusEntry[],
	copy: number,
	share = 1,
): CorpusEntry[] {
	const chosen = (['glossary', 'modules', 'talks', 'paths', 'guides'] as const).flatMap((name) => {
		const all = entriesOf(originals, name);
		return all.slice(0, Math.ceil(all.length * share));
	});
	const copied = idSetsOf(chosen);
	const rename = (collection: CollectionName, id: string) =>
		copied[collection].has(id) ? copyId(id, copy) : id;
	return chosen.map((entry) => ({
		collection: entry.collection,
		id: copyId(entry.id, copy),
		copyOf: entry.id,
		data: renameFields(entry, copy, rename),
		...(entry.body === undefined ? {} : { body: rewriteLinks(entry.body, rename) }),
	}));
}

function renameFields(entry: CorpusEntry, copy: number, rename: Rename): Record<string, unknown> {
	const data = mapStrings(entry.data, (text) => rewriteLinks(text, rename)) as Record<
		string,
		unknown
	>;
	const ids = (field: string, collection: CollectionName) => {
		if (Array.isArray(data[field]))
			data[field] = (data[field] as string[]).map((id) => rename(collection, id));
	};
	switch (entry.collection) {
		case 'glossary':
			data.term = copyName(String(data.term), copy);
			if (Array.isArray(data.aka))
				data.aka = (data.aka as string[]).map((alias) => copyName(alias, copy));
			ids('related', 'glossary');
			break;
		case 'modules':
			ids('prerequisites', 'modules');
			ids('requires', 'glossary');
			ids('defines', 'glossary');
			break;
		case 'talks':
		case 'guides':
			ids('terms', 'glossary');
			break;
		case 'paths':
			data.weeks = (data.weeks as { steps: RawStep[] }[]).map((week) => ({
				...week,
				steps: week.steps.map((step) => renameStep(step, rename)),
			}));
			break;
		default:
	}
	if (entry.collection !== 'glossary' && typeof data.title === 'string')
		data.title = `${data.title} (copy ${copy})`;
	return data;
}

function renameStep(step: RawStep, rename: Rename): RawStep {
	const collection = stepCollections[step.kind];
	if (!collection || step.ref === undefined) return step;
	const ref = collection === 'guides' ? getGuideSlug(step.ref) : step.ref;
	return { ...step, ref: rename(collection, ref) };
}
