import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch';
import { fieldText, type NameEntry, type WordRecords } from './word-records.ts';
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

function addCounts(counts: Counts, token: string, field: number, entry: number, count: number) {
	for (const form of processToken(token) ?? []) {
		const fields = counts.get(form) ?? new Map<number, Map<number, number>>();
		const entries = fields.get(field) ?? new Map<number, number>();
		entries.set(entry, (entries.get(entry) ?? 0) + count);
		fields.set(field, entries);
		counts.set(form, fields);
	}
}

/**
 * A MiniSearch index over some fields of every term, loaded from counts in MiniSearch's own
 * serialised form: the index `addAll` would build from whole entries, without the entries.
 */
function loadIndex(
	names: readonly NameEntry[],
	fields: readonly string[],
	lengths: (entry: number) => readonly number[],
	counts: Counts,
): MiniSearch {
	const fieldLength: Record<number, number[]> = {};
	const averageFieldLength: number[] = [];
	names.forEach((_, entry) => {
		fieldLength[entry] = [...lengths(entry)];
		// MiniSearch keeps a running mean; the same arithmetic gives the same floating-point value.
		fieldLength[entry].forEach((length, field) => {
			averageFieldLength[field] = ((averageFieldLength[field] ?? 0) * entry + length) / (entry + 1);
		});
	});
	return MiniSearch.loadJS(
		{
			documentCount: names.length,
			nextId: names.length,
			documentIds: Object.fromEntries(names.map((name, entry) => [entry, name.id])),
			fieldIds: Object.fromEntries(fields.map((field, number) => [field, number])),
			fieldLength,
			averageFieldLength,
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

/** The word index of the names: terms and aliases, known from the names file alone. */
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
		index: loadIndex(names, ['term', 'aka'], (entry) => lengths[entry]!, counts),
		terms: termsByForm(counts),
	};
}

/** Indexes the phrases and definition words in some word records (posting fields 2 and 3). */
export function loadRecordWords(names: readonly NameEntry[], records: WordRecords): NameWords {
	const counts: Counts = new Map();
	for (const [token, postings] of records.postings)
		for (const [field, entry, count] of postings) addCounts(counts, token, field - 2, entry, count);
	return {
		index: loadIndex(names, ['phrases', 'definition'], (entry) => names[entry]!.lengths, counts),
		terms: termsByForm(counts),
	};
}

/**
 * Searches a name index and a phrase index as one: each term's BM25 scores add up and, as
 * MiniSearch does within one index, the sum is multiplied by how many query words the term
 * matched. Best first.
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
