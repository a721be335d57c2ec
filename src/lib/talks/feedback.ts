/** Where an attendee's unsent feedback on a kit is kept on their device, so a reload loses nothing. */
export function getFeedbackStorageKey(kit: string): string {
	return `cg:feedback:${kit}`;
}

/** The saved form: one answer per question, versioned so a later shape can be told apart. */
export interface SavedFeedback {
	v: 1;
	answers: string[];
}

/**
 * Reads saved answers for a form of `questions` questions. No value gives `empty`; a value that
 * does not fit (damaged, another shape, another number of questions) gives `damaged`, so the page
 * can say why the form starts empty instead of failing.
 */
export function parseSavedFeedback(
	questions: number,
	text: string | null,
): { answers: string[]; damaged: boolean } {
	const empty = Array.from({ length: questions }, () => '');
	if (!text) return { answers: empty, damaged: false };
	try {
		const value = JSON.parse(text) as Partial<SavedFeedback> | null;
		if (
			value?.v === 1 &&
			Array.isArray(value.answers) &&
			value.answers.length === questions &&
			value.answers.every((answer) => typeof answer === 'string')
		)
			return { answers: [...value.answers], damaged: false };
	} catch {
		// Falls through: the value is damaged.
	}
	return { answers: empty, damaged: true };
}

/** The text of a saved form. */
export function serialiseFeedback(answers: readonly string[]): string {
	return JSON.stringify({ v: 1, answers: [...answers] } satisfies SavedFeedback);
}

/** The answers as a plain message: each question, then its answer (or that it was skipped). */
export function formatFeedback(
	title: string,
	questions: readonly string[],
	answers: readonly string[],
): string {
	const blocks = questions.map((question, index) => {
		const answer = answers[index]?.trim();
		return `${index + 1}. ${question}\n${answer ? answer : '(no answer)'}`;
	});
	return [`Feedback on "${title}"`, ...blocks].join('\n\n');
}

/** Whether at least one question has an answer. */
export function hasAnswers(answers: readonly string[]): boolean {
	return answers.some((answer) => answer.trim() !== '');
}

/**
 * A `mailto:` link that opens the attendee's mail app with the answers filled in. The recipient is
 * left for the attendee to add (the kit names a role, not a person's address).
 */
export function getFeedbackMailto(title: string, message: string): string {
	const subject = encodeURIComponent(`Feedback: ${title}`);
	return `mailto:?subject=${subject}&body=${encodeURIComponent(message)}`;
}
