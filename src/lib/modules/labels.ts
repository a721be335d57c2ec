import type { Module } from '../../schemas/modules.ts';

/** Reader-facing names of the two tracks. */
export const trackLabels: Record<Module['track'], string> = {
	'it-for-business': 'IT for business staff',
	'business-for-it': 'The business for IT staff',
};

/** Reader-facing names of the levels. */
export const levelLabels: Record<Module['level'], string> = {
	intro: 'Introduction',
	core: 'Core',
	deeper: 'Going deeper',
};
