import type { GlossaryEntry } from '../../schemas/glossary.ts';

/** Reader-facing names of the glossary categories. */
export const categoryLabels: Record<GlossaryEntry['category'], string> = {
	security: 'Security',
	networking: 'Networks and remote work',
	cloud: 'Cloud',
	devices: 'Devices',
	software: 'Software',
	data: 'Data and backups',
	support: 'IT support',
	collaboration: 'Collaboration tools',
	ai: 'AI',
	development: 'Building software',
	finance: 'Finance',
	strategy: 'Strategy and goals',
	customers: 'Customers',
	operations: 'Operations',
	procurement: 'Buying and suppliers',
	people: 'People',
	governance: 'Governance and risk',
	projects: 'Projects and change',
};

/** Reader-facing names of the lenses, for filters and badges. */
export const lensLabels: Record<GlossaryEntry['lens'], string> = {
	it: 'IT terms, for business readers',
	business: 'Business terms, for IT readers',
};
