// The benchmark's synthetic corpus, made from the real content: a subset of the originals for
// size S, and the originals plus renamed copies for size M. Everything is deterministic (sorted
// ids, no randomness), so two runs build the same pages.
import yaml from 'js-yaml';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { collections, getGuideSlug } from '../../../src/lib/content/collections.ts';
import { entryFilePath, parseEntryFile, serialiseEntryFile } from '../entry-file.ts';
import { copyEntries, type IdSets, idSetsOf } from './copy.ts';
import { mapStrings, unlinkMissing } from './links.ts';
import {
	type CollectionName,
	type Corpus,
	type CorpusEntry,
	entriesOf,
	pathSteps,
	stepCollections,
} from './model.ts';

/** How many originals of each collection a subset keeps (paths first, with what they link to). */
export type SubsetQuota = Record<Exclude<CollectionName, 'wins'>, number>;

/** Pages the site builds whatever the content: start, indexes, tools, progress, wins, authoring, 404. */
export const FIXED_PAGES = 12;

/** Size S: about 150 built pages from a subset of the originals. */
export const smallQuota: SubsetQuota = { glossary: 100, modules: 8, talks: 7, paths: 2, guides: 7 };

/** Size M: about 1,400 built pages from the originals and renamed copies. */
export const MEDIUM_TARGET_PAGES = 1400;

/** Reads every entry under `<root>/content` and the files the build needs besides them. */
export function readSourceCorpus(root: string): Corpus {
	const contentDir = join(root, 'content');
	const entries: CorpusEntry[] = [];
	const claimed = new Set<string>();
	for (const [collection, spec] of Object.entries(collections) as [
		CollectionName,
		(typeof collections)[CollectionName],
	][]) {
		const folder = join(contentDir, spec.folder);
		for (const file of listFiles(folder)) {
			claimed.add(file);
			const id = toPosix(relative(folder, file)).replace(/\.(ya?ml|mdx?)$/, '');
			entries.push({ collection, id, ...parseEntryFile(readFileSync(file, 'utf8'), file) });
		}
	}
	const verbatim = listFiles(contentDir)
		.filter((file) => !claimed.has(file))
		.map((file) => ({
			path: toPosix(relative(contentDir, file)),
			text: readFileSync(file, 'utf8'),
		}));
	return { entries, verbatim };
}

/**
 * Keeps the first originals of each collection by id, taking what the kept paths link to first.
 * References to dropped entries are removed, and links to them become plain text.
 */
export function selectSubset(source: Corpus, quota: SubsetQuota): Corpus {
	const originals = source.entries.filter((entry) => !entry.copyOf);
	const byCollection = (name: CollectionName) => entriesOf(originals, name);
	const keep = new Map<CollectionName, Set<string>>(
		(Object.keys(collections) as CollectionName[]).map((name) => [name, new Set<string>()]),
	);
	const paths = byCollection('paths').slice(0, quota.paths);
	for (const path of paths) {
		keep.get('paths')!.add(path.id);
		for (const step of pathSteps(path.data)) {
			const collection = stepCollections[step.kind];
			if (collection && step.ref) keep.get(collection)!.add(getGuideSlug(step.ref));
		}
	}
	for (const name of ['modules', 'talks', 'guides', 'glossary'] as const)
		for (const entry of byCollection(name)) {
			if (keep.get(name)!.size >= quota[name]) break;
			keep.get(name)!.add(entry.id);
		}
	for (const win of byCollection('wins')) keep.get('wins')!.add(win.id);
	const entries = originals.filter((entry) => keep.get(entry.collection)!.has(entry.id));
	const ids = idSetsOf(entries);
	const unlink = (text: string) => unlinkMissing(text, (collection, id) => ids[collection].has(id));
	return {
		entries: entries.map((entry) => {
			const kept = dropMissingRefs(entry, ids);
			return {
				...kept,
				data: mapStrings(kept.data, unlink) as Record<string, unknown>,
				...(kept.body === undefined ? {} : { body: unlink(kept.body) }),
			};
		}),
		verbatim: source.verbatim.map((file) =>
			/\.mdx?$/.test(file.path)
				? { ...file, text: unlink(file.text) }
				: file.path === 'health-check.yaml'
					? { ...file, text: keepHealthSuggestions(file.text, ids) }
					: file,
		),
	};
}

/**
 * Drops the health check's suggestions of pages the subset left out; a dimension left with none
 * points to the guides catalogue, so the file still passes validation.
 */
function keepHealthSuggestions(text: string, ids: IdSets): string {
	const collections = { guide: 'guides', talk: 'talks', module: 'modules' } as const;
	type Suggestion =
		{ kind: 'page'; page: string } | { kind: keyof typeof collections; ref: string };
	const dimensions = yaml.load(text, { schema: yaml.CORE_SCHEMA }) as {
		suggestions: Suggestion[];
	}[];
	for (const dimension of dimensions) {
		dimension.suggestions = dimension.suggestions.filter(
			(suggestion) =>
				suggestion.kind === 'page' || ids[collections[suggestion.kind]].has(suggestion.ref),
		);
		if (dimension.suggestions.length === 0)
			dimension.suggestions = [{ kind: 'page', page: 'guides' }];
	}
	return yaml.dump(dimensions, { lineWidth: -1 });
}

/** The originals plus enough renamed copies to reach about `targetPages` built pages. */
export function scaleUp(source: Corpus, targetPages: number): Corpus {
	const originals = source.entries.filter((entry) => !entry.copyOf);
	const perCopy = countEntryPages(originals);
	let missing = targetPages - FIXED_PAGES - perCopy;
	const entries = [...originals];
	for (let copy = 1; missing > 0; copy++) {
		// The last copy takes the same share of every collection, so it stays a balanced mix.
		const share = Math.min(1, missing / perCopy);
		const copied = copyEntries(originals, copy, share);
		entries.push(...copied);
		missing -= countEntryPages(copied);
	}
	return { entries, verbatim: source.verbatim };
}

/** HTML pages the site builds for these entries: one per term, module, path and guide, three per talk (kit, presenter, handout). */
export function countEntryPages(entries: readonly CorpusEntry[]): number {
	const pages: Record<CollectionName, number> = {
		glossary: 1,
		modules: 1,
		talks: 3,
		paths: 1,
		guides: 1,
		wins: 0,
	};
	return entries.reduce((sum, entry) => sum + pages[entry.collection], 0);
}

/** Where an entry's file lives below `content/`. */
export function getEntryPath(entry: CorpusEntry): string {
	return entryFilePath(entry.collection, entry.id);
}

/** The file text of an entry: YAML, or frontmatter and body. */
export function serialiseEntry(entry: CorpusEntry): string {
	return serialiseEntryFile(entry);
}

/** Writes the corpus into `<siteDir>/content` (which should be empty). */
export function writeCorpus(siteDir: string, corpus: Corpus): void {
	const write = (path: string, text: string) => {
		const file = join(siteDir, 'content', path);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, text);
	};
	for (const file of corpus.verbatim) write(file.path, file.text);
	for (const entry of corpus.entries) write(getEntryPath(entry), serialiseEntry(entry));
}

function dropMissingRefs(entry: CorpusEntry, ids: IdSets): CorpusEntry {
	const data = { ...entry.data };
	const only = (field: string, collection: CollectionName) => {
		if (Array.isArray(data[field]))
			data[field] = (data[field] as string[]).filter((id) => ids[collection].has(id));
	};
	if (entry.collection === 'glossary') only('related', 'glossary');
	if (entry.collection === 'modules') {
		only('prerequisites', 'modules');
		only('requires', 'glossary');
		only('defines', 'glossary');
	}
	if (entry.collection === 'talks' || entry.collection === 'guides') only('terms', 'glossary');
	return { ...entry, data };
}

function listFiles(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort(compare);
}

/** Code-point order, so the corpus does not depend on the machine's locale. */
function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

function toPosix(path: string): string {
	return path.split(sep).join('/');
}
