/** A Starlight sidebar entry (the subset this site uses). */
type SidebarEntry =
	| { label: string; link: string }
	| {
			label: string;
			items: ({ label: string; link: string } | { autogenerate: { directory: string } })[];
	  };

const tools: SidebarEntry = {
	label: 'Tools',
	items: [
		{ label: 'Report a problem', link: '/tools/report-a-problem/' },
		{ label: 'Relationship health check', link: '/tools/health-check/' },
	],
};

/** The sidebar on every page: the guides are listed one by one. */
export const sidebar: SidebarEntry[] = [
	{ label: 'Start here', link: '/' },
	{
		label: 'Guides',
		items: [{ label: 'All guides', link: '/guides/' }, { autogenerate: { directory: 'guides' } }],
	},
	{ label: 'Glossary', link: '/glossary/' },
	{ label: 'Modules', link: '/modules/' },
	{ label: 'Tech Talks', link: '/talks/' },
	{ label: 'Paths', link: '/paths/' },
	tools,
	{ label: 'Shared wins', link: '/wins/' },
	{ label: 'Your progress', link: '/progress/' },
	{ label: 'Writing for this site', link: '/authoring/' },
];

/**
 * The sidebar on glossary term pages, with one link to the guides instead of every guide: there
 * are hundreds of term pages, and each must stay within its 8 KB budget.
 */
export const compactSidebar: SidebarEntry[] = sidebar
	.filter((entry) => entry.label !== 'Writing for this site')
	.map((entry) => (entry.label === 'Guides' ? { label: 'Guides', link: '/guides/' } : entry));
