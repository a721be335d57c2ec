import type { StepLookup } from './index.ts';

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
	const table = {
		module: { items: sources.modules, folder: 'modules' as const },
		guide: { items: sources.guides, folder: 'guides' as const },
		talk: { items: sources.talks, folder: 'talks' as const },
		term: { items: sources.glossary, folder: 'glossary' as const },
	};
	return (kind, ref) => {
		const { items, folder } = table[kind];
		const id = kind === 'guide' ? ref.replace(/^\/?(guides\/)?/, '').replace(/\/$/, '') : ref;
		const item = items.find((candidate) => candidate.id.replace(/^guides\//, '') === id);
		if (!item) return undefined;
		const title = item.data.title ?? item.data.term ?? id;
		return {
			title,
			href: href(folder, id),
			minutes: kind === 'term' ? undefined : item.data.minutes,
		};
	};
}
