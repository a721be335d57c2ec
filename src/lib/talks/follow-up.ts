/** What presenter mode knows at the end of a session, to fill the follow-up template's gaps. */
export interface FollowUpFacts {
	/** The day of the session, in words (`1 December 2026`). */
	date: string;
	handoutUrl: string;
	feedbackUrl: string;
	/** The timing of the run, as text; added at the end of the message. */
	timing?: string;
}

/**
 * The kit's follow-up message with the gaps presenter mode can fill: `[date]` (the session's day),
 * `[link to the handout]` and `[link to the feedback form]`. Every other `[gap]` is left for the
 * facilitator. The timing goes last, for the facilitator's own notes or the organisers.
 */
export function fillFollowUp(template: string, facts: FollowUpFacts): string {
	const filled = template
		.replaceAll('[date]', facts.date)
		.replaceAll('[link to the handout]', facts.handoutUrl)
		.replaceAll('[link to the feedback form]', facts.feedbackUrl)
		.trimEnd();
	return facts.timing ? `${filled}\n\n${facts.timing}` : filled;
}
