// The glossary search in the browser, shared by every search box on the page. It fetches the
// names file the first time a box is used, then the small word file of each word the first time
// a query holds it, and the definitions of the terms it shows a few at a time. A query reads only
// its own words' files, so the same query gives the same answer whatever was typed before.
import { createIndexedSearch, type SearchOutcome } from '../../lib/search/glossary-search.ts';
import {
	type CardFile,
	getCardFileNumber,
	parseSearchIndex,
	parseWordFile,
	readCard,
	type TermCard,
} from '../../lib/search/index-files.ts';
import { getWordFileNumbers, type WordRecords } from '../../lib/search/word-records.ts';

/** What a lookup found, with the cards to show. */
export interface Lookup {
	query: string;
	answers: TermCard[];
	nearest: TermCard[];
	/** Ids of every term that matches all the words asked, for filtering a list. */
	matches: Set<string>;
	/**
	 * When a name answered before the query's word files came: the same lookup once they are in.
	 * Its answers are the same (a name answers from names alone); its matches may be more.
	 */
	complete?: Promise<Lookup>;
}

export interface GlossaryLookup {
	/** Looks up a query; undefined while the names are still loading. */
	find(query: string): Promise<Lookup> | undefined;
	/** Resolves when the names have loaded (rejects if they could not be fetched). */
	ready: Promise<void>;
}

type Search = ReturnType<typeof createIndexedSearch>;

const lookups = new Map<string, GlossaryLookup>();

// High priority: the answer is what the reader waits for; Pagefind's index loads alongside.
const fetchText = (url: string) =>
	fetch(url, { priority: 'high' }).then((response) => {
		if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
		return response.text();
	});

/** The glossary lookup for a site below `base`; made once per page. */
export function getGlossaryLookup(base: string): GlossaryLookup {
	const existing = lookups.get(base);
	if (existing) return existing;
	const root = base.replace(/\/$/, '');
	let cardFiles = 1;
	let search: Search | undefined;
	const files = new Map<number, Promise<CardFile>>();
	const loadFile = (number: number) => {
		let file = files.get(number);
		if (!file) {
			file = fetch(`${root}/search/cards/${number}.json`, { priority: 'high' }).then((response) =>
				response.ok ? (response.json() as Promise<CardFile>) : {},
			);
			files.set(number, file);
		}
		return file;
	};
	const cardsFor = async (ids: readonly string[]) => {
		const cards = await Promise.all(
			ids.map(async (id) => readCard(await loadFile(getCardFileNumber(id, cardFiles)), id)),
		);
		return cards.filter((card): card is TermCard => card !== undefined);
	};
	const toLookup = async (query: string, outcome: SearchOutcome): Promise<Lookup> => {
		const [answers, nearest] = await Promise.all([
			cardsFor(outcome.answers.map((hit) => hit.id)),
			cardsFor(outcome.nearest.map((hit) => hit.id)),
		]);
		return { query, answers, nearest, matches: new Set(outcome.matches.map((hit) => hit.id)) };
	};

	let wordFiles = 1;
	const ready = fetchText(`${root}/search/glossary-names.txt`).then((text) => {
		const index = parseSearchIndex(text);
		cardFiles = index.cardFiles;
		wordFiles = index.wordFiles;
		search = createIndexedSearch(index.entries, wordFiles);
	});

	// Word files by number, fetched the first time a query needs them.
	const wordFetches = new Map<number, Promise<void>>();
	const loaded = new Map<number, WordRecords>();
	const fromLoaded = (number: number) => loaded.get(number);
	const loadWords = (numbers: readonly number[]) =>
		Promise.all(
			numbers.map((number) => {
				let fetching = wordFetches.get(number);
				if (!fetching) {
					fetching = fetchText(`${root}/search/words/${number}.txt`).then(
						(text) => void loaded.set(number, parseWordFile(text)),
						(error: unknown) => {
							wordFetches.delete(number); // try again with the next query
							throw error;
						},
					);
					wordFetches.set(number, fetching);
				}
				return fetching;
			}),
		);

	const lookup: GlossaryLookup = {
		ready,
		find(query) {
			if (!search) return undefined;
			const numbers = getWordFileNumbers(query, wordFiles);
			const find = search;
			const answer = () => toLookup(query, find(query, fromLoaded));
			if (numbers.every((number) => loaded.has(number))) return answer();
			// The first time a word is asked, its file is fetched (a few hundred bytes); should that
			// fail, the names alone still answer a name, a misspelt name or the start of one.
			const complete = loadWords(numbers).then(answer, answer);
			const quick = find(query, fromLoaded);
			// Fetch the cards the names point at while the word files come.
			void cardsFor(quick.answers.map((hit) => hit.id));
			if (!quick.answers.some((hit) => hit.match === 'name')) return complete;
			return toLookup(query, quick).then((found) => ({ ...found, complete }));
		},
	};
	lookups.set(base, lookup);
	return lookup;
}
