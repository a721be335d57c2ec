import { getCollection, type CollectionEntry } from 'astro:content';
import { createMentionFinder, type LinkableTerm, toLinkableTerm } from '../glossary/matcher.ts';
import { buildTermPages } from '../glossary/term-page.ts';
import { collectTermUsers } from '../glossary/usages.ts';
import { buildModulePage } from '../modules/module-page.ts';
import { getRequiredToPass } from '../modules/quiz.ts';
import { sortForStudy } from '../modules/order.ts';
import { resolvePathWeeks } from '../learning-paths/steps.ts';
import { createStepLookup } from '../learning-paths/lookup.ts';
import type { HealthCheck } from '../tools/health-check.ts';
import { getEntryHref } from '../site/urls.ts';
import { buildSearchIndex } from '../search/index-files.ts';
import { toIndexedTerm } from '../search/indexed-term.ts';
import { siteConfig } from '../../site.config.ts';

// The one module that reads content collections; everything else receives plain entries.

export type GlossaryTerm = CollectionEntry<'glossary'>;
export type ModuleEntry = CollectionEntry<'modules'>;
export type TalkEntry = CollectionEntry<'talks'>;
export type PathEntry = CollectionEntry<'paths'>;
export type WinEntry = CollectionEntry<'wins'>;
export type GuideEntry = CollectionEntry<'docs'>;

const collator = new Intl.Collator('en');
const baseCollator = new Intl.Collator('en', { sensitivity: 'base' });
const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) =>
	collator.compare(a.data.title, b.data.title);

/**
 * Every page asks for the same sorted lists, so a production build loads and sorts each once
 * (a term page asked for the whole glossary; at 1,000 terms that sort cost more than the page).
 * The dev server loads them afresh, so edits show up.
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
	let value: Promise<T> | undefined;
	return () => (import.meta.env.DEV ? load() : (value ??= load()));
}

/** All glossary terms, A–Z by term. */
export const getGlossary = once(async (): Promise<readonly GlossaryTerm[]> => {
	const terms = await getCollection('glossary');
	return terms.sort((a, b) => baseCollator.compare(a.data.term, b.data.term));
});

/** All modules, by title. */
/** The glossary's search files (names and word files), built once for all their routes. */
export const getSearchIndex = once(async () =>
	buildSearchIndex((await getGlossary()).map(toIndexedTerm)),
);

export const getModules = once(async (): Promise<readonly ModuleEntry[]> =>
	(await getCollection('modules')).sort(byTitle),
);

/** All session kits, by title. */
export const getTalks = once(async (): Promise<readonly TalkEntry[]> =>
	(await getCollection('talks')).sort(byTitle),
);

/** Astro routes for the pages of every kit (`/talks/<id>/`, `present/`, `handout/`, `.ics`). */
export async function getTalkRoutes(): Promise<
	{ params: { id: string }; props: { talk: TalkEntry } }[]
> {
	return (await getTalks()).map((talk) => ({ params: { id: talk.id }, props: { talk } }));
}

/** Astro routes for presenter mode of every kit's variants (`/talks/<id>/present/<variant>/`). */
export async function getTalkVariantRoutes(): Promise<
	{
		params: { id: string; variant: string };
		props: { talk: TalkEntry; variant: TalkEntry['data']['variants'][number] };
	}[]
> {
	return (await getTalks()).flatMap((talk) =>
		talk.data.variants.map((variant) => ({
			params: { id: talk.id, variant: variant.id },
			props: { talk, variant },
		})),
	);
}

/** One static path per module. */
export async function getModuleRoutes(): Promise<
	{ params: { id: string }; props: { module: ModuleEntry } }[]
> {
	return (await getModules()).map((module) => ({ params: { id: module.id }, props: { module } }));
}

/** A module page's model, from the modules, the glossary and the paths. */
export async function getModulePage(module: ModuleEntry) {
	return buildModulePage(module, {
		modules: await getModules(),
		glossary: await getGlossary(),
		paths: (await getProgressCatalogue()).paths,
	});
}

/** All learning paths, by title. */
export const getLearningPaths = once(async (): Promise<readonly PathEntry[]> =>
	(await getCollection('paths')).sort(byTitle),
);

/** All shared wins, newest first. */
export const getWins = once(async (): Promise<readonly WinEntry[]> =>
	(await getCollection('wins')).sort((a, b) => b.data.date.getTime() - a.data.date.getTime()),
);

/** All guides (Starlight docs pages below `guides/`), by title. */
export const getGuides = once(async (): Promise<readonly GuideEntry[]> =>
	(await getCollection('docs', (entry) => entry.id.startsWith('guides/'))).sort(byTitle),
);

/** Glossary terms in the shape the auto-linker needs, for Markdown rendered by pages. */
export const getLinkableTerms = once(async (): Promise<readonly LinkableTerm[]> =>
	(await getGlossary()).map(({ id, data }) => toLinkableTerm(id, data)),
);

/** Every glossary term page, as static paths: the term, its related terms both ways, where it is used. */
export async function getTermPages() {
	const users = collectTermUsers(
		{ guides: await getGuides(), modules: await getModules(), talks: await getTalks() },
		getEntryHref,
		createMentionFinder(await getLinkableTerms()),
	);
	return buildTermPages(await getGlossary(), users, siteConfig.feedbackUrlTemplate);
}

/** Finds what a path step points at (title, link, length) across the collections. */
export const getStepLookup = once(async () =>
	createStepLookup(
		{
			modules: await getModules(),
			guides: await getGuides(),
			talks: await getTalks(),
			glossary: await getGlossary(),
		},
		getEntryHref,
	),
);

/** Modules in study order and every path's steps, for pages that read the reader's progress; built once. */
export const getProgressCatalogue = once(async () => {
	const modules = sortForStudy(await getModules());
	const lookup = await getStepLookup();
	return {
		modules: modules.map((module) => ({
			id: module.id,
			title: module.data.title,
			href: getEntryHref('modules', module.id),
			track: module.data.track,
			total: module.data.quiz.length,
			required: getRequiredToPass(module.data.quiz.length, module.data.passMark),
		})),
		paths: (await getLearningPaths()).map((path) => ({
			id: path.id,
			title: path.data.title,
			href: getEntryHref('paths', path.id),
			steps: resolvePathWeeks(path.data, lookup)
				.flatMap((week) => week.steps)
				.map(({ key, kind, ref, label, owner, href }) => ({ key, kind, ref, label, owner, href })),
		})),
	};
});

/** Catalogue pages a health-check suggestion can name, with the title shown for them. */
const suggestionPageTitles: Record<string, string> = {
	glossary: 'The two-way glossary',
	wins: 'The shared-wins log',
	guides: 'All guides',
	modules: 'All modules',
	talks: 'All session kits',
};

/**
 * The relationship health check from content/health-check.yaml, with each suggestion resolved to
 * a title and a path below the base (the content check has made sure every one exists).
 */
export const getHealthCheck = once(async (): Promise<HealthCheck> => {
	const [dimensions, guides, talks, modules] = await Promise.all([
		getCollection('healthCheck'),
		getGuides(),
		getTalks(),
		getModules(),
	]);
	const find = <T extends { id: string; data: { title: string } }>(
		items: readonly T[],
		id: string,
	) => items.find((item) => item.id === id || item.id === `guides/${id}`)!.data.title;
	return {
		dimensions: dimensions
			.sort((a, b) => a.data.order - b.data.order)
			.map(({ data }) => ({
				id: data.id,
				label: data.label,
				statements: data.statements,
				suggestions: data.suggestions.map((suggestion) => {
					switch (suggestion.kind) {
						case 'page':
							return { title: suggestionPageTitles[suggestion.page]!, path: `${suggestion.page}/` };
						case 'guide':
							return { title: find(guides, suggestion.ref), path: `guides/${suggestion.ref}/` };
						case 'talk':
							return {
								title: `${find(talks, suggestion.ref)} (session kit)`,
								path: `talks/${suggestion.ref}/`,
							};
						case 'module':
							return {
								title: `${find(modules, suggestion.ref)} (module)`,
								path: `modules/${suggestion.ref}/`,
							};
					}
				}),
			})),
	};
});
