import { isStopword, nameKey, tokenize } from './query.ts';
import {
	buildWordRecords,
	countWordFiles,
	DEFINITION_FIELD,
	PHRASES_FIELD,
	hashToFile,
	splitWordRecords,
	emptyWordRecords,
	type NameEntry,
	type Posting,
	type SearchEntry,
	toNameEntry,
	type WordRecords,
} from './word-records.ts';

/** What the build knows of a term for the search files. */
export interface IndexedTerm {
	id: string;
	term: string;
	aka: readonly string[];
	phrases: readonly string[];
	short: string;
	lens: 'it' | 'business';
}

/** One term's card: what an answer shows. */
export interface TermCard {
	id: string;
	term: string;
	lens: 'it' | 'business';
	short: string;
}

/** A card file: `id → [term, lens, short]`. */
export type CardFile = Record<string, [string, 'it' | 'business', string]>;

/** Terms per card file: a first answer fetches one small file, and files cache well. */
const TERMS_PER_CARD_FILE = 24;

/** How many card files a glossary of `count` terms needs. */
export function countCardFiles(count: number): number {
	return Math.max(1, Math.ceil(count / TERMS_PER_CARD_FILE));
}

/** Which card file holds a term: a hash of its id. */
export function getCardFileNumber(id: string, cardFiles: number): number {
	return hashToFile(id, cardFiles);
}

/** The words of a definition worth searching: not stopwords, not already in the names or phrases. */
export function getDefinitionWords(term: IndexedTerm): string {
	const known = new Set(tokenize([term.term, ...term.aka, ...term.phrases].join(' ')));
	return [...new Set(tokenize(term.short))]
		.filter((word) => word.length > 1 && !isStopword(word) && !known.has(word))
		.join(' ');
}

/** The names search needs: the term and the aliases that are not just another spelling of a name before them. */
export function getSearchNames(term: IndexedTerm): string[] {
	const seen = new Set<string>();
	return [term.term, ...term.aka].filter((name) => {
		const key = nameKey(name);
		return !seen.has(key) && Boolean(seen.add(key));
	});
}

const byId = (a: IndexedTerm, b: IndexedTerm) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function field(text: string): string {
	if (/[\t\n|]/.test(text))
		throw new Error(`A glossary name or phrase contains a tab, line break or "|": ${text}`);
	return text;
}

/**
 * The search index as plain-text files, to keep the first search small. The names file is
 * fetched first: a line with the number of card files and of word files, then a line per term,
 * by id, `id<TAB>name|name…<TAB>phrase-length definition-length`; it answers names in any
 * spelling, with a typo or half typed. A query that is more than a name fetches the word files of
 * its words: lines `token<TAB>term[*count],…;term[*count],…` (the terms whose phrases, then
 * whose definition words, hold it), `=phrase<TAB>term,…`
 * (a phrase in compact form) and `~term<TAB>stem stem…` (a phrase's meaningful words), terms
 * numbered in the names file's order. Definitions for display live in the card files.
 */
export function buildSearchIndex(terms: readonly IndexedTerm[]): {
	names: string;
	words: string[];
} {
	const sorted = [...terms].sort(byId);
	const entries: SearchEntry[] = sorted.map((term) => ({
		id: field(term.id),
		term: field(term.term),
		aka: getSearchNames(term).slice(1).map(field),
		phrases: term.phrases.map(field),
		definition: getDefinitionWords(term),
	}));
	const wordFiles = countWordFiles(entries.length);
	const postingText = (postings: readonly Posting[], fieldNumber: number) =>
		postings
			.filter(([number]) => number === fieldNumber)
			.map(([, entry, count]) => `${entry}${count > 1 ? `*${count}` : ''}`)
			.join(',');
	const files = splitWordRecords(buildWordRecords(entries), wordFiles);
	const byKey = <T>([a]: [string, T], [b]: [string, T]) => (a < b ? -1 : a > b ? 1 : 0);
	const lines = files.map((file) => [
		...[...file.postings]
			.sort(byKey)
			.map(
				([token, postings]) =>
					`${token}\t${postingText(postings, PHRASES_FIELD)};${postingText(postings, DEFINITION_FIELD)}`,
			),
		...[...file.phrases].sort(byKey).map(([phrase, ids]) => `=${phrase}\t${ids.join(',')}`),
		...file.sets.map(([entry, stems]) => `~${entry}\t${stems.join(' ')}`),
	]);
	return {
		names: [
			`${countCardFiles(entries.length)} ${wordFiles}`,
			...entries.map((entry) => {
				const { lengths } = toNameEntry(entry);
				return [entry.id, [entry.term, ...entry.aka].join('|'), lengths.join(' ')].join('\t');
			}),
		].join('\n'),
		words: lines.map((file) => file.join('\n')),
	};
}

/** The names file read back: how many card and word files there are, and every term's names. */
export function parseSearchIndex(names: string): {
	cardFiles: number;
	wordFiles: number;
	entries: NameEntry[];
} {
	const [counts = '', ...lines] = names.split('\n');
	const [cardFiles, wordFiles] = counts
		.split(' ')
		.map((count) => Math.max(1, Number.parseInt(count, 10) || 1));
	return {
		cardFiles: cardFiles ?? 1,
		wordFiles: wordFiles ?? 1,
		entries: lines.filter(Boolean).map((line) => {
			const [id = '', allNames = '', lengths = ''] = line.split('\t');
			const [term = id, ...aka] = allNames ? allNames.split('|') : [];
			const [phrases = 0, definition = 0] = lengths.split(' ').map(Number);
			return { id, term, aka, lengths: [phrases, definition] };
		}),
	};
}

/** A word file read back into records (an empty or unknown line is skipped). */
export function parseWordFile(text: string): WordRecords {
	const records = emptyWordRecords();
	const numbers = (list = '') => list.split(',').filter(Boolean).map(Number);
	for (const line of text.split('\n')) {
		const [key = '', value = ''] = line.split('\t');
		if (key.startsWith('=')) records.phrases.set(key.slice(1), numbers(value));
		else if (key.startsWith('~')) records.sets.push([Number(key.slice(1)), value.split(' ')]);
		else if (key)
			records.postings.set(
				key,
				[PHRASES_FIELD, DEFINITION_FIELD].flatMap((fieldNumber, index) =>
					(value.split(';')[index] ?? '')
						.split(',')
						.filter(Boolean)
						.map((posting): Posting => {
							const [entry = '0', count = '1'] = posting.split('*');
							return [fieldNumber, Number(entry), Number(count)];
						}),
				),
			);
	}
	return records;
}

/** Every card file of a glossary, by number. */
export function buildCardFiles(terms: readonly IndexedTerm[]): CardFile[] {
	const files: CardFile[] = Array.from({ length: countCardFiles(terms.length) }, () => ({}));
	for (const term of [...terms].sort(byId))
		files[getCardFileNumber(term.id, files.length)]![term.id] = [term.term, term.lens, term.short];
	return files;
}

/** A card from a card file, or undefined when the file does not hold the term. */
export function readCard(file: CardFile, id: string): TermCard | undefined {
	const card = file[id];
	return card && { id, term: card[0], lens: card[1], short: card[2] };
}
