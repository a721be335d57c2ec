import { stemmer } from 'stemmer';
import { getSynonymForm } from './synonyms.ts';

/**
 * Lowercases a query or name, drops accents and curly quotes, and folds runs of spaces, so that
 * "Café", "cafe" and "CAFE " read the same.
 */
export function normaliseText(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/[‘’`´]/g, "'")
		.replace(/[“”]/g, '"')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * A name with everything but letters and digits removed, `&` read as "and": "P & L", "p&l" and
 * "P and L" all become `pandl`, and "Wi-Fi", "wi fi" and "wifi" become `wifi`.
 */
export function compactName(text: string): string {
	return normaliseText(text)
		.replace(/&/g, ' and ')
		.replace(/[^a-z0-9]+/g, '');
}

/**
 * The key a name is matched under: compact, with a plural ending taken off, so "SLA", "SLAs",
 * "S.L.A." and "sla" are one name. Used for matching only.
 */
export function nameKey(name: string): string {
	return compactName(name.replace(/ies$/i, 'y').replace(/(?<=[^s])s$/i, ''));
}

/** Words that carry no meaning of their own in a search ("what is the …", "my laptop can't …"). */
const stopwords = new Set(
	`a an the is are was were be been am i im i'm me my mine we our us you your it its it's they them
	their this that these those there here of to for in on at by with from into onto about as and or
	nor but so if then than do does did doing done can cant can't could would should will wont won't
	shall may might must has have had having get gets got getting just only also too very really not
	no dont don't doesnt doesn't didnt didn't isnt isn't arent aren't what whats what's which who whom
	whose when where why how any some all each every more most much many own same other such up down
	out off over again once keep keeps kept want wants need needs please help thing things stuff
	try tried trying use used using still even ever`
		.split(/\s+/)
		.filter(Boolean),
);

/** Whether a word is a stopword, which search ignores. */
export function isStopword(word: string): boolean {
	return stopwords.has(word);
}

/**
 * Splits text into search tokens: words of letters and digits, plus the joined form of a word
 * written with a hyphen, slash, ampersand or apostrophe ("wi-fi" gives `wi`, `fi` and `wifi`), so
 * the spaced, hyphenated and joined spellings all meet.
 */
export function tokenize(text: string): string[] {
	const tokens: string[] = [];
	for (const word of normaliseText(text).split(' ')) {
		const parts = word.split(/[^a-z0-9]+/).filter(Boolean);
		tokens.push(...parts);
		if (parts.length > 1) tokens.push(parts.join(''));
	}
	return tokens;
}

/**
 * The forms a token is indexed and searched under: none for a stopword; otherwise the word as typed
 * and its stem, so plurals and endings meet ("policies" and "policy" share `polici`) while a typo
 * is still compared with the whole word ("incidnet" is two letters from "incident"). A word with
 * everyday synonyms also gets its group's form first (`~phone` for "mobile"), so the word and its
 * stem stay last, where prefix search and phrase matching read them.
 */
export function processToken(token: string): string[] | null {
	if (isStopword(token)) return null;
	const stem = token.length < 3 ? token : stemmer(token);
	const forms = stem === token ? [token] : [token, stem];
	const synonym = getSynonymForm(token, stem);
	return synonym ? [synonym, ...forms] : forms;
}

/**
 * The meaningful words of a query, each as the list of forms it may match: a hyphenated word
 * counts once, with the forms of its parts and of its joined spelling ("log-in" is one word that
 * matches `log`, `in` or `login`).
 */
export function getQueryWords(text: string): string[][] {
	const words: string[][] = [];
	for (const word of normaliseText(text).split(' ')) {
		const forms = [...new Set(tokenize(word).flatMap((token) => processToken(token) ?? []))];
		if (forms.length > 0) words.push(forms);
	}
	return words;
}

/** Frames around a term that people type as a question, with the term in the `term` group. */
const questionFrames: RegExp[] = [
	/^(?:what|wat|whats)\s+(?:is|are|was|does|do)\s+(?:an?\s+|the\s+)?(?<term>.+?)(?:\s+(?:mean|means|stand for|stands for|do|for))?$/,
	/^(?:what'?s|who is|who are)\s+(?:an?\s+|the\s+)?(?<term>.+)$/,
	/^(?:meaning of|definition of|define|explain|describe|tell me about|how does|how do)\s+(?:an?\s+|the\s+)?(?<term>.+?)(?:\s+work)?$/,
	/^(?<term>.+?)\s+(?:meaning|meanin|definition|defined|explained|explanation|stands for|stand for|means|abbreviation|acronym|full form|calculation|calculator|formula|example|examples)$/,
];

/** Pairs people compare: "capex vs opex", "difference between capex and opex". */
const comparisonFrames: RegExp[] = [
	/^(?:the\s+)?difference between\s+(?<a>.+?)\s+and\s+(?<b>.+)$/,
	/^(?<a>.+?)\s+(?:vs\.?|versus|v)\s+(?<b>.+)$/,
];

/**
 * What a query asks about: the query with any question frame around it removed, or the two sides
 * of a comparison. "What does ERP stand for?" gives `["erp"]`; "capex vs opex" gives
 * `["capex", "opex"]`; but a query that is itself a name (`isName`: "Budget vs actuals") stays
 * whole.
 */
export function parseQuery(
	query: string,
	isName: (text: string) => boolean = () => false,
): string[] {
	const whole = getWholeQuery(query);
	if (!whole) return [];
	if (isName(whole)) return [whole];
	const text = cleanQuery(query);
	for (const frame of comparisonFrames) {
		const match = frame.exec(text);
		if (match?.groups) return [match.groups.a!, match.groups.b!].map(unwrapQuestion);
	}
	return [whole];
}

/** A query with any question frame around it removed, not split: what a name would be looked up by. */
export function getWholeQuery(query: string): string {
	const text = cleanQuery(query);
	return text && unwrapQuestion(text);
}

function cleanQuery(query: string): string {
	return normaliseText(query).replace(/^[\s"'?!.,:;]+|[\s"'?!.,:;]+$/g, '');
}

function unwrapQuestion(text: string): string {
	for (const frame of questionFrames) {
		const term = frame.exec(text)?.groups?.term;
		if (term) return term.trim();
	}
	return text;
}
