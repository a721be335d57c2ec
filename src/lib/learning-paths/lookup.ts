import { getGuideSlug, stepCollections } from '../content/collections.ts';
import type { StepLookup } from './steps.ts';

interface Titled {
	id: string;
	data: { title?: string; term?: string; minutes?: number };
}

/** Builds the step lookup a path page needs from the collections it points into. */
export function createStepLookup(
	sources: {
		modules: readonly Titled[];
		guides: readonly Titled[];
		talks: readonly Titled[];
		glossary: readonly Titled[];
	},
	href: (kind: 'modules' | 'guides' | 'talks' | 'glossary', id: string) => string,
): StepLookup {
	return (kind, ref) => {
		const folder = stepCollections[kind] as keyof typeof sources;
		const id = kind === 'guide' ? getGuideSlug(ref) : ref;
		const item = sources[folder].find((candidate) => getGuideSlug(candidate.id) === id);
		if (!item) return undefined;
		const title = item.data.title ?? item.data.term ?? id;
		return {
			title,
			href: href(folder, id),
			minutes: kind === 'term' ? undefined : item.data.minutes,
		};
	};
}
