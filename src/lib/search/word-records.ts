import { compactName, getWholeQuery, parseQuery, processToken, tokenize } from './query.ts';

/** What the glossary search knows about one term: its names, the words people use for it, and its card. */
export interface SearchEntry {
	id: string;
	term: string;
	aka: readonly string[];
	phrases: readonly string[];
	/** Words of the term's definition, searched with a low weight. */
	definition: string;
}

/** A term as the names file gives it: its names, and how long its other fields are. */
export interface NameEntry {
	id: string;
	term: string;
	aka: readonly string[];
	/** Distinct tokens in the term's phrases and in its definition words: BM25's field lengths. */
	lengths: readonly [phrases: number, definition: number];
}

/** Field numbers (term 0, aka 1, then these) of the two fields whose words live in the word files. */
export const PHRASES_FIELD = 2;
export const DEFINITION_FIELD = 3;

/** How often a token occurs in one field of one term (terms numbered in names-file order). */
export type Posting = readonly [field: number, entry: number, count: number];

/**
 * The part of the glossary index beyond names: where each word of a phrase or definition occurs,
 * each phrase whole, and the meaningful words of each phrase of two or more. Any subset of it can
 * be fetched and merged: the word files split it by the first letters of each word.
 */
export interface WordRecords {
	/** Token as written → where it occurs. */
	postings: Map<string, readonly Posting[]>;
	/** A phrase in compact form (`workfromhome`) → the terms that have it. */
	phrases: Map<string, readonly number[]>;
	/** A term, and the stems of one of its phrases that has two meaningful words or more. */
	sets: (readonly [entry: number, stems: readonly string[]])[];
}

/** The text MiniSearch reads from a field: a list joined so its items stay apart. */
export function fieldText(value: string | readonly string[]): string {
	return typeof value === 'string' ? value : value.join(' | ');
}

/** The stems of the meaningful words of a text, one per word. */
export function stems(text: string): string[] {
	return tokenize(text)
		.map(processToken)
		.filter((forms): forms is string[] => forms !== null)
		.map((forms) => forms[forms.length - 1]!);
}

/** The distinct stems of a name or phrase, when it has two meaningful words or more. */
export function stemSet(text: string): string[] | undefined {
	const set = [...new Set(stems(text))];
	return set.length >= 2 ? set : undefined;
}

/** A term's names, and the field lengths of its phrases and definition words. */
export function toNameEntry(entry: SearchEntry): NameEntry {
	const length = (value: string | readonly string[]) => new Set(tokenize(fieldText(value))).size;
	return {
		id: entry.id,
		term: entry.term,
		aka: entry.aka,
		lengths: [length(entry.phrases), length(entry.definition)],
	};
}

/** The word records of a whole glossary, from its entries in names-file order. */
export function buildWordRecords(entries: readonly SearchEntry[]): WordRecords {
	const postings = new Map<string, Posting[]>();
	const phrases = new Map<string, number[]>();
	const sets: [number, string[]][] = [];
	entries.forEach((entry, index) => {
		for (const [field, value] of [
			[PHRASES_FIELD, entry.phrases],
			[DEFINITION_FIELD, entry.definition],
		] as const) {
			const counts = new Map<string, number>();
			for (const token of tokenize(fieldText(value)))
				if (processToken(token)) counts.set(token, (counts.get(token) ?? 0) + 1);
			for (const [token, count] of counts)
				postings.set(token, [...(postings.get(token) ?? []), [field, index, count]]);
		}
		for (const phrase of entry.phrases) {
			const compact = compactName(phrase);
			const ids = phrases.get(compact) ?? [];
			if (compact && !ids.includes(index)) phrases.set(compact, [...ids, index]);
			const set = stemSet(phrase);
			if (set) sets.push([index, set]);
		}
	});
	return { postings, phrases, sets };
}

/** Records with nothing in them: a search that knows only names. */
export function emptyWordRecords(): WordRecords {
	return { postings: new Map(), phrases: new Map(), sets: [] };
}

/** Records from several word files as one. A word two files both hold is the same record in each. */
export function mergeWordRecords(parts: readonly WordRecords[]): WordRecords {
	const merged = emptyWordRecords();
	for (const part of parts) {
		for (const [token, list] of part.postings)
			if (!merged.postings.has(token)) merged.postings.set(token, list);
		for (const [phrase, ids] of part.phrases)
			if (!merged.phrases.has(phrase)) merged.phrases.set(phrase, ids);
		merged.sets.push(...part.sets);
	}
	return merged;
}

/** A stable hash (FNV-1a) of a text into one of `files` files, so files change little as terms come and go. */
export function hashToFile(text: string, files: number): number {
	let hash = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) {
		hash ^= text.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0) % files;
}

/** Terms per word file: a query fetches a file for each of its words, each a small share of all. */
const TERMS_PER_WORD_FILE = 2;

/** How many word files a glossary of `count` terms needs. */
export function countWordFiles(count: number): number {
	return Math.max(1, Math.ceil(count / TERMS_PER_WORD_FILE));
}

/**
 * Letters of a word that choose its word file. Three, so that a prefix search (three letters or
 * more) and every ending of a word stay in one file; a typo in the first three letters of a
 * describing word is the price (a name is matched with any typo from the names file).
 */
const KEY_LETTERS = 3;

/**
 * Which word file holds the records of a word, stem or compact phrase. Words shorter than the key
 * ("it", "hr", and each half-typed word on its way to three letters) all share one file.
 */
export function getWordFileNumber(text: string, wordFiles: number): number {
	return hashToFile(text.length < KEY_LETTERS ? '' : text.slice(0, KEY_LETTERS), wordFiles);
}

/**
 * Letters of a compact phrase that choose its file: enough that the many phrases starting "how
 * do I…" spread out, and no more than the six a query needs before a phrase's start answers.
 */
export const PHRASE_KEY_LETTERS = 6;

/** Which word file holds a phrase in compact form. */
export function getPhraseFileNumber(compact: string, wordFiles: number): number {
	return hashToFile(`=${compact.slice(0, PHRASE_KEY_LETTERS)}`, wordFiles);
}

/** The word files a query needs: one for each form of each of its words, and one for it whole. */
export function getWordFileNumbers(query: string, wordFiles: number): number[] {
	const numbers = new Set<number>();
	for (const part of new Set([getWholeQuery(query), ...parseQuery(query)])) {
		const compact = compactName(part);
		if (compact) numbers.add(getPhraseFileNumber(compact, wordFiles));
		for (const token of tokenize(part))
			for (const form of processToken(token) ?? []) numbers.add(getWordFileNumber(form, wordFiles));
	}
	return [...numbers].sort((a, b) => a - b);
}

/** Records split into the word files that hold them: a word under each of its forms' files, a phrase under its own, a phrase's words under its first stem's. */
export function splitWordRecords(records: WordRecords, wordFiles: number): WordRecords[] {
	const files = Array.from({ length: wordFiles }, emptyWordRecords);
	for (const [token, postings] of records.postings)
		for (const file of new Set(
			(processToken(token) ?? [token]).map((form) => getWordFileNumber(form, wordFiles)),
		))
			files[file]!.postings.set(token, postings);
	for (const [phrase, ids] of records.phrases)
		files[getPhraseFileNumber(phrase, wordFiles)]!.phrases.set(phrase, ids);
	for (const [entry, stems] of records.sets)
		files[getWordFileNumber([...stems].sort()[0]!, wordFiles)]!.sets.push([entry, stems]);
	return files;
}
