import type { Talk } from '../../schemas/talks.ts';

/** Reader-facing names of the kit kinds. */
export const talkKindLabels: Record<Talk['kind'], string> = {
	'tech-talk': 'Tech Talk',
	'business-talk': 'Business Talk',
	planning: 'Joint planning',
	sync: 'IT–business sync',
	celebration: 'Celebration',
	briefing: 'Briefing',
};

/** Reader-facing names of the slots. */
export const slotLabels: Record<Talk['slot'], string> = {
	lunch: 'Lunch',
	coffee: 'Coffee break',
	meeting: 'Meeting',
};

/** Reader-facing names of who teaches whom. */
export const directionLabels: Record<Talk['direction'], string> = {
	'it-to-business': 'IT teaches business staff',
	'business-to-it': 'A business team teaches IT',
	both: 'IT and business together',
};

/** Headings for a kit's `commonIssues`, which hold misunderstandings when a business team teaches. */
export function getIssueHeadings(direction: Talk['direction']): { page: string; handout: string } {
	return direction === 'business-to-it'
		? {
				page: 'Common misunderstandings and what to do instead',
				handout: 'Common misunderstandings, and what to do instead',
			}
		: { page: 'Common issues and fixes', handout: 'Common issues and how to fix them' };
}
