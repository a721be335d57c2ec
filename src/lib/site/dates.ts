/** Formats a review date the same way on every page: `24 November 2026`. */
export function formatReviewed(date: Date): string {
	return date.toLocaleDateString('en-GB', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC',
	});
}
