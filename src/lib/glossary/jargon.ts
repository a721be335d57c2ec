/** An ALL-CAPS word that a business reader may not know, and where it is. */
export interface JargonHit {
	word: string;
	line: number;
}

/** Acronyms of two or more capitals (digits and `&` allowed inside: `2FA`, `P&L`, `B2B`). */
const ACRONYM =
	/(?<![\p{L}\p{N}_&/.-])(?=[A-Z0-9&]*[A-Z][A-Z0-9&]*[A-Z])[A-Z0-9][A-Z0-9&]*[A-Z0-9](?![\p{L}\p{N}_&-])/gu;

/**
 * Finds acronyms in prose that are neither a glossary term or alias nor on the allowlist.
 * `passages` are text runs with the line they start on (code, links and frontmatter left out).
 */
export function findUnknownAcronyms(
	passages: readonly { text: string; line: number }[],
	known: ReadonlySet<string>,
): JargonHit[] {
	const hits: JargonHit[] = [];
	// "IP address" is a known term even though "IP" alone is not.
	const phrases = [...known].filter((phrase) => /\s/.test(phrase));
	const startsPhrase = (text: string, index: number) =>
		phrases.some(
			(phrase) => text.slice(index, index + phrase.length).toLowerCase() === phrase.toLowerCase(),
		);
	for (const { text, line } of passages)
		for (const match of text.matchAll(ACRONYM)) {
			if (known.has(match[0]) || startsPhrase(text, match.index)) continue;
			hits.push({
				word: match[0],
				line: line + (text.slice(0, match.index).match(/\n/g)?.length ?? 0),
			});
		}
	return hits;
}
