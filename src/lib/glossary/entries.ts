import type { GlossaryEntry } from '../../schemas/glossary.ts';

/** A glossary term as pages see it: the id beside its data. */
export interface TermRecord {
	id: string;
	data: GlossaryEntry;
}

/** One letter of the A–Z index; `terms` is empty for letters nothing starts with. */
export interface LetterGroup {
	letter: string;
	terms: TermRecord[];
}

/** Index letter for a term: A–Z, or `#` for digits and symbols. */
export function getIndexLetter(term: string): string {
	const first = term.normalize('NFD').charAt(0).toUpperCase();
	return /[A-Z]/.test(first) ? first : '#';
}

/** Groups terms under A–Z (and `#`), keeping every letter so the jump bar can show empty ones. */
export function groupByLetter(terms: readonly TermRecord[]): LetterGroup[] {
	const letters = ['#', ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
	const sorted = [...terms].sort((a, b) =>
		a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' }),
	);
	return letters
		.map((letter) => ({
			letter,
			terms: sorted.filter((term) => getIndexLetter(term.data.term) === letter),
		}))
		.filter((group) => group.letter !== '#' || group.terms.length > 0);
}

/** A term's neighbours: the terms it names as related, and the other terms that name it. */
export interface RelatedTerms {
	/** This term's own `related` list, A–Z; the page shows each with its definition. */
	related: TermRecord[];
	/** Terms whose `related` names this one and that it doesn't name back, A–Z; shown by name only. */
	linkedFrom: TermRecord[];
}

/**
 * The terms related both ways. Back-links are kept apart so that a term many others point at
 * (personal data, say) lists them by name instead of repeating every definition on its page.
 */
export function getRelatedBothWays(id: string, terms: readonly TermRecord[]): RelatedTerms {
	const own = new Set(terms.find((term) => term.id === id)?.data.related ?? []);
	own.delete(id);
	const byName = (a: TermRecord, b: TermRecord) =>
		a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' });
	return {
		related: terms.filter((term) => own.has(term.id)).sort(byName),
		linkedFrom: terms
			.filter((term) => term.id !== id && !own.has(term.id) && term.data.related.includes(id))
			.sort(byName),
	};
}

/** A page that uses a term, for "where this term is used". */
export interface TermUsage {
	kind: 'guide' | 'module' | 'talk';
	title: string;
	href: string;
}

/** Content that declares a term: a guide's or kit's `terms`, a module's `requires` or `defines`. */
export interface TermUser {
	kind: TermUsage['kind'];
	title: string;
	href: string;
	termIds: readonly string[];
}

/** Pages that use the term, guides first, then modules and kits, each A–Z. */
export function findTermUsages(id: string, users: readonly TermUser[]): TermUsage[] {
	const order = { guide: 0, module: 1, talk: 2 };
	return users
		.filter((user) => user.termIds.includes(id))
		.map(({ kind, title, href }) => ({ kind, title, href }))
		.sort((a, b) => order[a.kind] - order[b.kind] || a.title.localeCompare(b.title, 'en'));
}
