import type { SearchEntry } from './glossary-search.ts';
import { isStopword, nameKey, tokenize } from './query.ts';

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

/** Which card file holds a term: a stable hash of its id (FNV-1a), so files change little as terms come and go. */
export function getCardFileNumber(id: string, cardFiles: number): number {
	let hash = 0x811c9dc5;
	for (let index = 0; index < id.length; index++) {
		hash ^= id.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0) % cardFiles;
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
 * The search index, as two plain-text files to keep the first search small. The names file is
 * fetched first: a line with the number of card files, then a line per term, by id,
 * `id<TAB>name|name…`; it answers names in any spelling, with a typo or half typed. The words
 * file, fetched only when a query needs more, has the same lines' phrases and definition words:
 * `phrase|phrase…<TAB>definition words`. Definitions for display live in the card files.
 */
export function buildSearchIndex(terms: readonly IndexedTerm[]): { names: string; words: string } {
	const sorted = [...terms].sort(byId);
	return {
		names: [
			String(countCardFiles(sorted.length)),
			...sorted.map((term) =>
				[field(term.id), getSearchNames(term).map(field).join('|')].join('\t'),
			),
		].join('\n'),
		words: sorted
			.map((term) => [term.phrases.map(field).join('|'), getDefinitionWords(term)].join('\t'))
			.join('\n'),
	};
}

/**
 * The search index read back: how many card files there are, and the entries to search. Without
 * the words file, the entries carry only their names.
 */
export function parseSearchIndex(
	names: string,
	words?: string,
): { cardFiles: number; entries: SearchEntry[] } {
	const [count = '1', ...lines] = names.split('\n');
	const wordLines = words?.split('\n') ?? [];
	const list = (value = '') => (value ? value.split('|') : []);
	return {
		cardFiles: Math.max(1, Number.parseInt(count, 10) || 1),
		entries: lines.filter(Boolean).map((line, index) => {
			const [id = '', allNames = ''] = line.split('\t');
			const [term = id, ...aka] = list(allNames);
			const [phrases, definition = ''] = (wordLines[index] ?? '').split('\t');
			return { id, term, aka, phrases: list(phrases), definition };
		}),
	};
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
