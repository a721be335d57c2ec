/** What the auto-linker needs to know about a term. */
export interface LinkableTerm {
	id: string;
	term: string;
	aka: readonly string[];
	short: string;
	/** `aliases`: the term name is an everyday word, so only aliases link; `none`: never link. */
	autolink?: 'all' | 'aliases' | 'none';
}

/** The linker's view of a glossary entry. */
export function toLinkableTerm(id: string, data: Omit<LinkableTerm, 'id'>): LinkableTerm {
	return {
		id,
		term: data.term,
		aka: data.aka,
		short: data.short,
		autolink: data.autolink ?? 'all',
	};
}

/** The words that may link to a term in running text. */
export function getLinkablePhrases(term: LinkableTerm): string[] {
	if (term.autolink === 'none') return [];
	return term.autolink === 'aliases' ? [...term.aka] : [term.term, ...term.aka];
}

/** A place in a text where a term or one of its aliases occurs. */
export interface TermMatch {
	id: string;
	start: number;
	end: number;
}

/**
 * Acronyms and mixed-case names (`VPN`, `2FA`, `SaaS`, `DevOps`) match only with their exact
 * capitals, so "it" or "saas" in ordinary prose never links; other phrases ignore case.
 */
export function isCaseSensitive(phrase: string): boolean {
	return !/\s/.test(phrase) && (phrase.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Builds a finder for every term and alias in a text: whole words only (never inside a longer
 * word, a hyphenated word, a path or an address), longest phrase first at each position.
 */
export function createTermMatcher(terms: readonly LinkableTerm[]): (text: string) => TermMatch[] {
	const phrases = new Map<string, { id: string; phrase: string; exact: boolean }[]>();
	for (const term of terms)
		for (const phrase of getLinkablePhrases(term)) {
			const key = phrase.toLowerCase();
			phrases.set(key, [
				...(phrases.get(key) ?? []),
				{ id: term.id, phrase, exact: isCaseSensitive(phrase) },
			]);
		}
	if (phrases.size === 0) return () => [];
	const alternatives = [...phrases.keys()].sort((a, b) => b.length - a.length).map(escape);
	const pattern = new RegExp(
		`(?<![\\p{L}\\p{N}_/@-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_@]|[-./][\\p{L}\\p{N}])`,
		'giu',
	);
	return (text) => {
		const matches: TermMatch[] = [];
		pattern.lastIndex = 0;
		for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
			const candidates = phrases.get(found[0].toLowerCase()) ?? [];
			const hit = candidates.find((candidate) => !candidate.exact || candidate.phrase === found[0]);
			if (hit) matches.push({ id: hit.id, start: found.index, end: found.index + found[0].length });
			else pattern.lastIndex = found.index + 1;
		}
		return matches;
	};
}

/** Ids of every term a text mentions (any occurrence, by the same rules as auto-linking). */
export function createMentionFinder(terms: readonly LinkableTerm[]): (text: string) => string[] {
	const find = createTermMatcher(terms);
	return (text) => [...new Set(find(text).map((match) => match.id))];
}
