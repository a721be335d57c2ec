import type { audiences } from '../../schemas/docs.ts';

/** Headings for guides grouped by who they are for, in reading order. */
export const audienceLabels: Record<(typeof audiences)[number], string> = {
	everyone: 'For everyone',
	business: 'For business staff',
	it: 'For IT staff',
	managers: 'For managers and executives',
	facilitators: 'For facilitators',
	'new-hires': 'For new starters',
};
