import type { TermCard } from './index-files.ts';

/** How the answer area reads aloud once a query has settled: one sentence, not a list. */
export function describeAnswer(
	query: string,
	answers: readonly TermCard[],
	nearest: readonly TermCard[],
): string {
	const asked = query.trim();
	if (!asked) return '';
	if (answers.length > 0) {
		const [best, ...others] = answers;
		const more = others.length > 0 ? ` Also: ${others.map((term) => term.term).join(', ')}.` : '';
		return `Glossary: ${best!.term}. ${best!.short}${more}`;
	}
	const near =
		nearest.length > 0 ? ` Nearest terms: ${nearest.map((term) => term.term).join(', ')}.` : '';
	return `No glossary term matches “${asked}”.${near}`;
}

/**
 * The "Suggest this term" link: the site's feedback address with the query filled in, so the
 * people who keep the glossary hear which words readers looked for and did not find.
 */
export function buildSuggestTermUrl(feedbackUrlTemplate: string, query: string): string {
	return feedbackUrlTemplate.replace(
		'{title}',
		encodeURIComponent(`Glossary: please add "${query.trim().slice(0, 100)}"`),
	);
}
