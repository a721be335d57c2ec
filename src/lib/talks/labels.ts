import type { Talk } from '../../schemas/talks.ts';

/** Reader-facing names of the kit kinds. */
export const talkKindLabels: Record<Talk['kind'], string> = {
	'tech-talk': 'Tech Talk',
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
