import { nameKey } from '../search/query.ts';

/** An ALL-CAPS word that a reader may not know, and where it is. */
export interface JargonHit {
	word: string;
	line: number;
}

/** Acronyms of two or more capitals (digits and `&` allowed inside: `2FA`, `P&L`, `B2B`). */
const ACRONYM =
	/(?<![\p{L}\p{N}_&/.-])(?=[A-Z0-9&]*[A-Z][A-Z0-9&]*[A-Z])[A-Z0-9][A-Z0-9&]*[A-Z0-9](?![\p{L}\p{N}_&-])/gu;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether the text spells an acronym out where it uses it: "(OTE)", "or OTE", “OTE”. */
function isDefinedInText(text: string, word: string): boolean {
	const w = escape(word);
	return new RegExp(`\\(${w}\\)|\\bor ${w}\\b|["“]${w}["”]`).test(text);
}

/**
 * Finds acronyms in prose that are neither a glossary term or alias nor on the allowlist.
 * `passages` are text runs with the line they start on (code, links and frontmatter left out).
 * An acronym counts as known inside a known name of several words ("PCI DSS", "IP address"),
 * with a year or number after it ("FY26"), or where the text itself spells it out.
 */
export function findUnknownAcronyms(
	passages: readonly { text: string; line: number }[],
	known: ReadonlySet<string>,
): JargonHit[] {
	const hits: JargonHit[] = [];
	const phrases = [...known].filter((phrase) => /[\s/]/.test(phrase));
	const phrasePattern =
		phrases.length > 0
			? new RegExp(
					phrases
						.sort((a, b) => b.length - a.length)
						.map(escape)
						.join('|'),
					'gi',
				)
			: undefined;
	for (const { text, line } of passages) {
		// Where known names of several words sit in the text: acronyms inside them are known.
		const covered: [number, number][] = [];
		if (phrasePattern)
			for (const match of text.matchAll(phrasePattern))
				covered.push([match.index, match.index + match[0].length]);
		for (const match of text.matchAll(ACRONYM)) {
			const word = match[0];
			const inside = covered.some(([start, end]) => match.index >= start && match.index < end);
			if (
				inside ||
				known.has(word) ||
				known.has(word.replace(/\d+$/, '')) ||
				isDefinedInText(text, word)
			)
				continue;
			hits.push({ word, line: line + (text.slice(0, match.index).match(/\n/g)?.length ?? 0) });
		}
	}
	return hits;
}

/** A word on the reviewed list of the site's own jargon that has no glossary entry or alias. */
export interface UndefinedJargon {
	word: string;
	/** Line of the list it stands on. */
	line: number;
}

/**
 * The words on the site's reviewed jargon list (`content/site-jargon.yaml`) that no glossary
 * term or alias names, in any spelling or spacing (`go-live`, "Go live" and "go-lives" are one).
 */
export function findUndefinedJargon(
	list: readonly { word: string; line: number }[],
	names: Iterable<string>,
): UndefinedJargon[] {
	const keys = new Set([...names].map(nameKey));
	return list.filter(({ word }) => !keys.has(nameKey(word)));
}
