// The glossary search in the browser, shared by every search box on the page. It fetches the
// names file the first time a box is used, which answers names in any spelling, typos and half-
// typed names; the phrases and definition words only when a query is more than a name; and the
// definitions of the terms it shows a few at a time.
import { createGlossarySearch, type SearchOutcome } from '../../lib/search/glossary-search.ts';
import {
	type CardFile,
	getCardFileNumber,
	parseSearchIndex,
	readCard,
	type TermCard,
} from '../../lib/search/index-files.ts';

/** What a lookup found, with the cards to show. */
export interface Lookup {
	query: string;
	answers: TermCard[];
	nearest: TermCard[];
	/** Ids of every term that matches all the words asked, for filtering a list. */
	matches: Set<string>;
}

export interface GlossaryLookup {
	/** Looks up a query; undefined while the names are still loading. */
	find(query: string): Promise<Lookup> | undefined;
	/** Resolves when the names have loaded (rejects if they could not be fetched). */
	ready: Promise<void>;
}

type Search = ReturnType<typeof createGlossarySearch>;

const lookups = new Map<string, GlossaryLookup>();

const fetchText = (url: string) =>
	fetch(url).then((response) => {
		if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
		return response.text();
	});

/** The glossary lookup for a site below `base`; made once per page. */
export function getGlossaryLookup(base: string): GlossaryLookup {
	const existing = lookups.get(base);
	if (existing) return existing;
	const root = base.replace(/\/$/, '');
	let cardFiles = 1;
	let byName: Search | undefined;
	let full: Search | undefined;
	const files = new Map<number, Promise<CardFile>>();
	const loadFile = (number: number) => {
		let file = files.get(number);
		if (!file) {
			file = fetch(`${root}/search/cards/${number}.json`).then((response) =>
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

	const names = fetchText(`${root}/search/glossary-names.txt`);
	const ready = names.then((text) => {
		const index = parseSearchIndex(text);
		cardFiles = index.cardFiles;
		byName = createGlossarySearch(index.entries);
	});
	let words: Promise<void> | undefined;
	const loadWords = () =>
		(words ??= Promise.all([names, fetchText(`${root}/search/glossary-words.txt`)]).then(
			([nameText, wordText]) => {
				full = createGlossarySearch(parseSearchIndex(nameText, wordText).entries);
			},
		));

	const lookup: GlossaryLookup = {
		ready,
		find(query) {
			if (!byName) return undefined;
			if (full) return toLookup(query, full(query));
			// Names alone answer a name, a misspelt name or the start of one; anything else needs
			// the phrases and definitions.
			const quick = byName(query);
			const named = quick.answers.filter((hit) => hit.match !== 'words');
			if (named.length > 0) return toLookup(query, { ...quick, answers: named, matches: named });
			return loadWords().then(
				() => toLookup(query, full!(query)),
				() => toLookup(query, quick),
			);
		},
	};
	lookups.set(base, lookup);
	return lookup;
}
