import type { TermUser } from './index.ts';

interface WithTerms {
	id: string;
	data: {
		title: string;
		terms?: readonly string[];
		requires?: readonly string[];
		defines?: readonly string[];
	};
}

/** Collects who declares which terms, so term pages can list "where this term is used". */
export function collectTermUsers(
	sources: {
		guides: readonly WithTerms[];
		modules: readonly WithTerms[];
		talks: readonly WithTerms[];
	},
	href: (kind: 'guides' | 'modules' | 'talks', id: string) => string,
): TermUser[] {
	return [
		...sources.guides.map((guide) => ({
			kind: 'guide' as const,
			title: guide.data.title,
			href: href('guides', guide.id.replace(/^guides\//, '')),
			termIds: guide.data.terms ?? [],
		})),
		...sources.modules.map((module) => ({
			kind: 'module' as const,
			title: module.data.title,
			href: href('modules', module.id),
			termIds: [...(module.data.requires ?? []), ...(module.data.defines ?? [])],
		})),
		...sources.talks.map((talk) => ({
			kind: 'talk' as const,
			title: talk.data.title,
			href: href('talks', talk.id),
			termIds: talk.data.terms ?? [],
		})),
	];
}
