/** Formats a review date the same way on every page: `24 November 2026`. */
export function formatReviewed(date: Date): string {
	return date.toLocaleDateString('en-GB', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC',
	});
}

/** A day on the reader's own clock, written the same way: `1 December 2026`. */
export function formatLocalDay(date: Date): string {
	return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}
