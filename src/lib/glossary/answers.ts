/** One entry of the exact-match answer index served at `/glossary/answers.json`. */
export interface GlossaryAnswer {
	term: string;
	/** Term and aliases, for exact matching. */
	names: string[];
	short: string;
	href: string;
	lens: 'it' | 'business';
}

/** Normalises a query or name for exact matching: case, spacing and surrounding punctuation ignored. */
export function normaliseQuery(text: string): string {
	return text
		.toLowerCase()
		.replace(/[\s\u00a0]+/g, ' ')
		.replace(/^[\s"'“”‘’?.!,:;]+|[\s"'“”‘’?.!,:;]+$/g, '');
}

/** The answer whose term or alias equals the query, if any. */
export function findAnswer(
	query: string,
	answers: readonly GlossaryAnswer[],
): GlossaryAnswer | undefined {
	const wanted = normaliseQuery(query);
	if (!wanted) return undefined;
	return answers.find((answer) => answer.names.some((name) => normaliseQuery(name) === wanted));
}
