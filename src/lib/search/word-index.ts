import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch';
import { fieldText, type NameEntry, PHRASES_FIELD, type WordRecords } from './word-records.ts';
import { processToken, tokenize } from './query.ts';

/** Letters that may be wrong in a word or name: none under five, one up to six, two from seven. */
export function allowedTypos(text: string): number {
	if (text.length < 5) return 0;
	return text.length < 7 ? 1 : 2;
}

/** How the words of every field are searched: MiniSearch's BM25 with fuzzy and prefix matches. */
const searchOptions: SearchOptions = {
	boost: { term: 6, aka: 4, phrases: 2, definition: 0.5 },
	fuzzy: (token) => allowedTypos(token),
	prefix: (token, index, tokens) => index === tokens.length - 1 && token.length >= 3,
	weights: { fuzzy: 0.5, prefix: 0.4 },
};

/** Form → field number → term number → count: an index's words before MiniSearch loads them. */
type Counts = Map<string, Map<number, Map<number, number>>>;

function addCounts(
	counts: Counts,
	token: string,
	field: number,
	entry: number,
	count: number,
	keep: (form: string) => boolean = () => true,
) {
	for (const form of processToken(token) ?? []) {
		if (!keep(form)) continue;
		const fields = counts.get(form) ?? new Map<number, Map<number, number>>();
		const entries = fields.get(field) ?? new Map<number, number>();
		entries.set(entry, (entries.get(entry) ?? 0) + count);
		fields.set(field, entries);
		counts.set(form, fields);
	}
}

/** MiniSearch's mean field lengths over all terms, by the running mean it keeps itself (the same arithmetic gives the same floating-point value). */
function averageLengths(lengths: readonly (readonly number[])[]): number[] {
	const averages: number[] = [];
	lengths.forEach((entryLengths, entry) =>
		entryLengths.forEach((length, field) => {
			averages[field] = ((averages[field] ?? 0) * entry + length) / (entry + 1);
		}),
	);
	return averages;
}

/**
 * A MiniSearch index over some fields, loaded from counts in MiniSearch's own serialised form:
 * the index `addAll` would build from whole entries, without the entries. It lists only the
 * terms the counts name, but scores as if it held all of them (count and mean lengths of all).
 */
function loadIndex(
	names: readonly NameEntry[],
	fields: readonly string[],
	lengths: (entry: number) => readonly number[],
	averageFieldLength: readonly number[],
	counts: Counts,
): MiniSearch {
	const present = new Set<number>();
	for (const byField of counts.values())
		for (const map of byField.values()) for (const entry of map.keys()) present.add(entry);
	const listed = [...present].sort((a, b) => a - b);
	return MiniSearch.loadJS(
		{
			documentCount: names.length,
			nextId: names.length,
			documentIds: Object.fromEntries(listed.map((entry) => [entry, names[entry]!.id])),
			fieldIds: Object.fromEntries(fields.map((field, number) => [field, number])),
			fieldLength: Object.fromEntries(listed.map((entry) => [entry, [...lengths(entry)]])),
			averageFieldLength: [...averageFieldLength],
			storedFields: {},
			dirtCount: 0,
			index: [...counts].map(([form, byField]) => [
				form,
				Object.fromEntries([...byField].map(([field, map]) => [field, Object.fromEntries(map)])),
			]),
			serializationVersion: 2,
		},
		{ fields: [...fields], tokenize, processTerm: processToken, searchOptions },
	);
}

/** The terms each indexed form occurs in, over all fields of some counts. */
function termsByForm(counts: Counts): Map<string, Set<number>> {
	return new Map(
		[...counts].map(([form, fields]) => [
			form,
			new Set([...fields.values()].flatMap((map) => [...map.keys()])),
		]),
	);
}

/** A word index and the terms each of its forms occurs in. */
export interface NameWords {
	index: MiniSearch;
	terms: Map<string, Set<number>>;
}

/** Indexes every term's name and aliases. */
export function loadNameWords(names: readonly NameEntry[]): NameWords {
	const counts: Counts = new Map();
	const lengths = names.map((name, entry) =>
		[name.term, name.aka].map((value, field) => {
			const tokens = tokenize(fieldText(value));
			for (const token of tokens) addCounts(counts, token, field, entry, 1);
			return new Set(tokens).size;
		}),
	);
	return {
		index: loadIndex(
			names,
			['term', 'aka'],
			(entry) => lengths[entry]!,
			averageLengths(lengths),
			counts,
		),
		terms: termsByForm(counts),
	};
}

/** What every phrase index shares: the terms, and the mean lengths of their phrases and definitions. */
export interface RecordContext {
	names: readonly NameEntry[];
	averages: readonly number[];
}

export function getRecordContext(names: readonly NameEntry[]): RecordContext {
	return { names, averages: averageLengths(names.map((name) => name.lengths)) };
}

/**
 * Indexes the phrases and definition words in some word records (posting fields 2 and 3), only
 * the forms `keep` accepts: a word file indexes the forms filed under it, so that the indexes of
 * several files never count a form twice.
 */
export function loadRecordWords(
	{ names, averages }: RecordContext,
	records: WordRecords,
	keep: (form: string) => boolean = () => true,
): NameWords {
	const counts: Counts = new Map();
	for (const [token, postings] of records.postings)
		for (const [field, entry, count] of postings)
			addCounts(counts, token, field - PHRASES_FIELD, entry, count, keep);
	return {
		index: loadIndex(
			names,
			['phrases', 'definition'],
			(entry) => names[entry]!.lengths,
			averages,
			counts,
		),
		terms: termsByForm(counts),
	};
}

/**
 * Searches several indexes as one (names, and the phrase index of each word file): each term's
 * BM25 scores add up and, as MiniSearch does within one index, the sum is multiplied by how many
 * query words the term matched. Best first. Exact when no form is in two of the indexes.
 */
export function searchBoth(
	indexes: readonly MiniSearch[],
	text: string,
	options: SearchOptions = {},
): SearchResult[] {
	const merged = new Map<
		string,
		{ raw: number; terms: Set<string>; queryTerms: Set<string>; match: Record<string, string[]> }
	>();
	for (const index of indexes)
		for (const result of index.search(text, options)) {
			const id = String(result.id);
			const entry = merged.get(id) ?? {
				raw: 0,
				terms: new Set<string>(),
				queryTerms: new Set<string>(),
				match: {},
			};
			entry.raw += result.score / Math.max(1, result.queryTerms.length);
			for (const term of result.terms) entry.terms.add(term);
			for (const term of result.queryTerms) entry.queryTerms.add(term);
			for (const [term, fields] of Object.entries(result.match))
				entry.match[term] = [...(entry.match[term] ?? []), ...fields];
			merged.set(id, entry);
		}
	return [...merged]
		.map(([id, entry]) => ({
			id,
			score: entry.raw * Math.max(1, entry.queryTerms.size),
			terms: [...entry.terms],
			queryTerms: [...entry.queryTerms],
			match: entry.match,
		}))
		.sort((a, b) => b.score - a.score);
}
