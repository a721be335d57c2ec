import { getGuideSlug } from '../content/collections.ts';
import type { TermUser } from './entries.ts';

interface WithTerms {
	id: string;
	/** Raw Markdown/MDX body, searched for mentions when a finder is given. */
	body?: string | undefined;
	data: {
		title: string;
		terms?: readonly string[];
		requires?: readonly string[];
		defines?: readonly string[];
	};
}

/** Finds the ids of the terms a text mentions. */
export type MentionFinder = (text: string) => string[];

/**
 * Collects which pages use which terms, so term pages can list "where this term is used": the
 * terms a page declares plus, with a finder, the terms its body mentions.
 */
export function collectTermUsers(
	sources: {
		guides: readonly WithTerms[];
		modules: readonly WithTerms[];
		talks: readonly WithTerms[];
	},
	href: (kind: 'guides' | 'modules' | 'talks', id: string) => string,
	findMentions: MentionFinder = () => [],
): TermUser[] {
	const user = (
		kind: TermUser['kind'],
		folder: 'guides' | 'modules' | 'talks',
		entry: WithTerms,
		id: string,
	): TermUser => ({
		kind,
		title: entry.data.title,
		href: href(folder, id),
		termIds: [
			...new Set([
				...(entry.data.terms ?? []),
				...(entry.data.requires ?? []),
				...(entry.data.defines ?? []),
				...findMentions(entry.body ?? ''),
			]),
		],
	});
	return [
		...sources.guides.map((guide) => user('guide', 'guides', guide, getGuideSlug(guide.id))),
		...sources.modules.map((module) => user('module', 'modules', module, module.id)),
		...sources.talks.map((talk) => user('talk', 'talks', talk, talk.id)),
	];
}
