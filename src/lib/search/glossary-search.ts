import MiniSearch, { type SearchResult } from 'minisearch';
import { compactName, getQueryWords, nameKey, parseQuery } from './query.ts';
import {
	allowedTypos,
	getRecordContext,
	loadNameWords,
	loadRecordWords,
	type NameWords,
	searchBoth,
} from './word-index.ts';
import {
	buildWordRecords,
	countWordFiles,
	getWordFileNumber,
	getWordFileNumbers,
	mergeWordRecords,
	type NameEntry,
	PHRASE_KEY_LETTERS,
	type SearchEntry,
	splitWordRecords,
	stems,
	stemSet,
	toNameEntry,
	type WordRecords,
} from './word-records.ts';

export { allowedTypos } from './word-index.ts';

export type { SearchEntry } from './word-records.ts';

/**
 * How a term was found: by one of its names exactly, by one of its phrases exactly, by a name
 * misspelt or half typed, or by its words.
 */
export type MatchKind = 'name' | 'phrase' | 'near-name' | 'words';

/** One term a search found. */
export interface SearchHit {
	id: string;
	match: MatchKind;
	score: number;
}

/** What a query gives: terms that answer it (at most three), or, when none does, the nearest terms. */
export interface SearchOutcome {
	answers: SearchHit[];
	nearest: SearchHit[];
	/** Every term that matches all the words asked (or a name), best first: for filtering a list. */
	matches: SearchHit[];
}

/** Most terms an answer lists. */
export const MAX_ANSWERS = 3;

/** Share of a query's weight (by word rarity) a term must cover to answer a query of three words or more. */
const LONG_QUERY_COVERAGE = 0.6;

/** Share of a query's weight a name or phrase sitting whole inside it must carry to answer. */
const INSIDE_COVERAGE = 0.4;

/** Fields a one-word query must hit for an answer: a word only in a definition is not enough. */
const nameFields = new Set<string>(['term', 'aka', 'phrases']);

/** Field weights for a query that describes a thing in three words or more. */
const descriptionBoost = { term: 2, aka: 2, phrases: 2, definition: 1 };

/** Every name of a term, for the name index: the term first, then its aliases. */
interface NameRecord {
	key: string;
	entry: string;
	compact: string;
}

/** The glossary's search over whole entries: every name, phrase and definition word at hand. */
export function createGlossarySearch(
	entries: readonly SearchEntry[],
): (query: string) => SearchOutcome {
	const names = entries.map(toNameEntry);
	const files = splitWordRecords(buildWordRecords(entries), countWordFiles(names.length));
	const search = createIndexedSearch(names, files.length);
	return (query) => search(query, (number) => files[number]);
}

/** The word files a search has at hand, by number (undefined: not fetched). */
export type WordFileSource = (number: number) => WordRecords | undefined;

/**
 * Builds the glossary's search. A query finds a term by one of its names in any spelling, spacing
 * or punctuation, with a plural ending, inside a question ("what does ERP stand for"), with one or
 * two letters wrong, or half typed; or by the everyday words in its phrases and definition.
 * Matching and ranking are MiniSearch's (BM25 with fuzzy and prefix search) over an index of whole
 * names and one of words; this module decides when a match is good enough to answer. A query
 * reads only the word files of its own words (`getWordFileNumbers`), so its answer is the same
 * whatever else has been fetched; without them it answers from names alone.
 */
export function createIndexedSearch(
	entries: readonly NameEntry[],
	wordFiles: number,
): (query: string, files: WordFileSource) => SearchOutcome {
	const exactNames = new Map<string, string[]>();
	const names: NameRecord[] = [];
	for (const entry of entries)
		[entry.term, ...entry.aka].forEach((name, index) => {
			for (const compact of new Set([compactName(name), nameKey(name)])) {
				if (!compact) continue;
				const ids = exactNames.get(compact) ?? [];
				if (!ids.includes(entry.id)) exactNames.set(compact, [...ids, entry.id]);
				names.push({ key: `${entry.id}#${index}#${compact}`, entry: entry.id, compact });
			}
		});

	// Whole names as single tokens, so a misspelt or half-typed name is one fuzzy or prefix match.
	const nameIndex = new MiniSearch<NameRecord>({
		idField: 'key',
		fields: ['compact'],
		storeFields: ['entry'],
		tokenize: (text) => [text],
		processTerm: (term) => term,
	});
	nameIndex.addAll(names);
	const nameWords = loadNameWords(entries);

	// The meaningful words of each name of two words or more, by stem, to spot one inside a
	// longer query; phrases add theirs from the word files.
	const nameSets = entries.flatMap((entry) =>
		[entry.term, ...entry.aka].flatMap((name) => {
			const set = stemSet(name);
			return set ? [{ id: entry.id, set: new Set(set) }] : [];
		}),
	);

	// Each word file's phrase index, made the first time a query reads the file. A file indexes
	// only the forms filed under it, so a query's files never count a form twice.
	const context = getRecordContext(entries);
	const fileWords = new WeakMap<WordRecords, NameWords>();
	const wordsOfFile = (number: number, file: WordRecords) => {
		let words = fileWords.get(file);
		if (!words) {
			words = loadRecordWords(
				context,
				file,
				(form) => getWordFileNumber(form, wordFiles) === number,
			);
			fileWords.set(file, words);
		}
		return words;
	};
	const wordsFor = (query: string, files: WordFileSource): QueryWords => {
		const present = getWordFileNumbers(query, wordFiles).flatMap((number) => {
			const file = files(number);
			return file ? [{ number, file, words: wordsOfFile(number, file) }] : [];
		});
		const byNumber = new Map(present.map(({ number, words }) => [number, words]));
		const frequencies = new Map<string, number | undefined>();
		return {
			...readPhrases(entries, mergeWordRecords(present.map(({ file }) => file))),
			indexes: [nameWords.index, ...present.map(({ words }) => words.index)],
			// The terms a form occurs in: in names, and in the one file it is filed under.
			termsOf: (form) => {
				if (frequencies.has(form)) return frequencies.get(form);
				const inNames = nameWords.terms.get(form);
				const inFile = byNumber.get(getWordFileNumber(form, wordFiles))?.terms.get(form);
				const frequency =
					inNames && inFile ? new Set([...inNames, ...inFile]).size : (inNames ?? inFile)?.size;
				frequencies.set(form, frequency);
				return frequency;
			},
		};
	};

	const searchOne = (
		text: string,
		{ exactPhrases, phraseSets, indexes, termsOf }: QueryWords,
	): SearchOutcome => {
		// How rare each indexed word is: a query word found in few terms says more than a common
		// one. A word no term uses counts as the rarest: a query made mostly of such words is off-topic.
		const rarity = (forms: readonly string[]) =>
			Math.max(...forms.map((form) => Math.log(1 + entries.length / (termsOf(form) ?? 1))));
		const wordSets = [...nameSets, ...phraseSets];
		const compact = compactName(text);
		const byName: SearchHit[] = (
			exactNames.get(compact) ??
			exactNames.get(nameKey(text)) ??
			[]
		).map((id) => ({ id, match: 'name', score: Infinity }));
		// A phrase typed whole, or the start of one typed as two words or more ("work from home").
		const phraseIds = [...(exactPhrases.get(compact) ?? [])];
		if (/\s/.test(text.trim()) && compact.length >= PHRASE_KEY_LETTERS)
			for (const [phrase, ids] of exactPhrases)
				if (phrase.startsWith(compact)) phraseIds.push(...ids);
		const byPhrase: SearchHit[] = phraseIds.map((id) => ({ id, match: 'phrase', score: Infinity }));
		// Under three letters only a whole name answers ("AI", "HR"): too little to guess from.
		if (compact.length < 3) return { answers: byName, matches: byName, nearest: [] };
		const nearName: SearchHit[] =
			compact.length >= 3
				? bestPerEntry(
						nameIndex.search(compact, { fuzzy: allowedTypos(compact), prefix: true }),
						(result) => String(result.entry),
					).map((result) => ({ id: String(result.entry), match: 'near-name', score: result.score }))
				: [];
		// Names and phrases whose every meaningful word is in the query ("when do we get paid this
		// month" holds "when do we get paid"): the share of the query's weight such a phrase covers.
		const asked = new Set(stems(text));
		const askedWeight = [...asked].reduce((sum, word) => sum + rarity([word]), 0);
		const contained = new Map<string, number>();
		for (const { id, set } of wordSets)
			if ([...set].every((word) => asked.has(word)))
				contained.set(
					id,
					Math.max(
						contained.get(id) ?? 0,
						[...set].reduce((sum, word) => sum + rarity([word]), 0) / askedWeight,
					),
				);
		// One list of forms per meaningful word of the query ("tried" gives `tried` and `tri`).
		const words = getQueryWords(text);
		// In a description of three words or more, a word that happens to be a term's name is just
		// one word of it, so names weigh no more than phrases there.
		const results =
			words.length === 0
				? []
				: searchBoth(indexes, text, words.length >= 3 ? { boost: descriptionBoost } : {});
		const scored = results.map((result) => {
			const { count, share } = coverage(result, words, rarity);
			const inside = contained.get(String(result.id)) ?? 0;
			return { result, count, share, rank: share + inside / 2, inside };
		});
		const byWords: SearchHit[] = scored
			.filter(
				({ result, share, count, inside }) =>
					isAnswer(result, share, count, words.length) ||
					(words.length >= 3 && inside >= INSIDE_COVERAGE),
			)
			// A term that covers more of what was asked ranks first, more so when one of its phrases
			// sits whole in the query; BM25 decides between equals.
			.sort(
				(a, b) =>
					Math.round(b.rank * 10) - Math.round(a.rank * 10) || b.result.score - a.result.score,
			)
			.map(({ result }) => ({ id: String(result.id), match: 'words', score: result.score }));
		const all = scored
			.filter(({ count }) => count === words.length)
			.map(({ result }) => ({
				id: String(result.id),
				match: 'words' as const,
				score: result.score,
			}));
		return {
			// A name typed whole answers with that term and the names near it, from the names file
			// alone: the answer does not wait for (or change with) the word files.
			answers: dedupe(
				byName.length > 0 ? [...byName, ...nearName] : [...byPhrase, ...nearName, ...byWords],
			),
			matches: dedupe([...byName, ...byPhrase, ...nearName, ...byWords, ...all]),
			nearest: results
				.slice(0, MAX_ANSWERS)
				.map((result) => ({ id: String(result.id), match: 'words', score: result.score })),
		};
	};

	return (query, files) => {
		const words = wordsFor(query, files);
		const isName = (text: string) =>
			exactNames.has(compactName(text)) || exactNames.has(nameKey(text));
		const parts = parseQuery(query, isName).map((part) => searchOne(part, words));
		// A comparison ("capex vs opex") answers with the best term for each side, in the order asked.
		const answers = dedupe(
			parts.length > 1
				? parts.flatMap((part) => part.answers.slice(0, 1))
				: (parts[0]?.answers ?? []),
		).slice(0, MAX_ANSWERS);
		const nearest =
			answers.length > 0 ? [] : dedupe(parts.flatMap((part) => part.nearest)).slice(0, MAX_ANSWERS);
		return { answers, nearest, matches: dedupe(parts.flatMap((part) => part.matches)) };
	};
}

/** What a query's word files add to the names: its phrases whole, their words, the word indexes. */
interface QueryWords {
	exactPhrases: Map<string, string[]>;
	phraseSets: { id: string; set: Set<string> }[];
	indexes: MiniSearch[];
	/** How many terms a form occurs in (undefined: none). */
	termsOf: (form: string) => number | undefined;
}

/** The phrases of some word records, by term id: whole, and as sets of meaningful words. */
function readPhrases(
	entries: readonly NameEntry[],
	records: WordRecords,
): Pick<QueryWords, 'exactPhrases' | 'phraseSets'> {
	const idOf = (entry: number) => entries[entry]!.id;
	return {
		// Phrases in the order of the first term that has them, as the names file orders terms.
		exactPhrases: new Map(
			[...records.phrases]
				.sort(([, a], [, b]) => Math.min(...a) - Math.min(...b))
				.map(([phrase, ids]) => [phrase, [...ids].sort((a, b) => a - b).map(idOf)]),
		),
		phraseSets: records.sets.map(([entry, set]) => ({ id: idOf(entry), set: new Set(set) })),
	};
}

/**
 * How many of the query's words a result matched, and their share of the query's weight by
 * rarity. A word matched only through a typo or as a prefix counts half.
 */
function coverage(
	result: SearchResult,
	words: readonly string[][],
	rarity: (forms: readonly string[]) => number,
): { count: number; share: number } {
	const matched = new Set(result.queryTerms);
	const exact = new Set(result.terms);
	let count = 0;
	let weight = 0;
	let total = 0;
	for (const forms of words) {
		total += rarity(forms);
		if (!forms.some((form) => matched.has(form))) continue;
		count++;
		weight += rarity(forms) * (forms.some((form) => exact.has(form)) ? 1 : 0.5);
	}
	return { count, share: weight / total };
}

/**
 * Whether a word-index result answers the query. One meaningful word must match a name, alias or
 * phrase; two must both match; three or more must match words that together carry most of the
 * query's weight, so a rare word counts for more than a common one.
 */
function isAnswer(result: SearchResult, share: number, count: number, wordCount: number): boolean {
	if (wordCount === 1)
		return (
			count === 1 &&
			Object.values(result.match)
				.flat()
				.some((field) => nameFields.has(field))
		);
	if (wordCount === 2) return count === 2;
	return count >= 2 && share >= LONG_QUERY_COVERAGE;
}

/** The best-scored result for each term, in score order (MiniSearch returns results best first). */
function bestPerEntry(
	results: readonly SearchResult[],
	entryOf: (result: SearchResult) => string,
): SearchResult[] {
	const seen = new Set<string>();
	return results.filter((result) => {
		const entry = entryOf(result);
		return !seen.has(entry) && Boolean(seen.add(entry));
	});
}

function dedupe(hits: readonly SearchHit[]): SearchHit[] {
	const seen = new Set<string>();
	return hits.filter((hit) => !seen.has(hit.id) && Boolean(seen.add(hit.id)));
}
