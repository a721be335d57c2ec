import { getCollection, type CollectionEntry } from 'astro:content';
import { type LinkableTerm, toLinkableTerm } from './glossary/matcher.ts';
import { sortForStudy } from './modules/order.ts';
import { resolvePathWeeks } from './paths/index.ts';
import { createStepLookup } from './paths/lookup.ts';
import { getEntryHref } from './urls.ts';

// The one module that reads content collections; everything else receives plain entries.

export type GlossaryTerm = CollectionEntry<'glossary'>;
export type ModuleEntry = CollectionEntry<'modules'>;
export type TalkEntry = CollectionEntry<'talks'>;
export type PathEntry = CollectionEntry<'paths'>;
export type WinEntry = CollectionEntry<'wins'>;
export type GuideEntry = CollectionEntry<'docs'>;

const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) =>
	a.data.title.localeCompare(b.data.title, 'en');

/** All glossary terms, A–Z by term. */
export async function getGlossary(): Promise<GlossaryTerm[]> {
	const terms = await getCollection('glossary');
	return terms.sort((a, b) =>
		a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' }),
	);
}

/** All modules, by title. */
export async function getModules(): Promise<ModuleEntry[]> {
	return (await getCollection('modules')).sort(byTitle);
}

/** All session kits, by title. */
export async function getTalks(): Promise<TalkEntry[]> {
	return (await getCollection('talks')).sort(byTitle);
}

/** Static paths for the pages of every kit (`/talks/<id>/`, `present/`, `handout/`, `.ics`). */
export async function getTalkPaths(): Promise<
	{ params: { id: string }; props: { talk: TalkEntry } }[]
> {
	return (await getTalks()).map((talk) => ({ params: { id: talk.id }, props: { talk } }));
}

/** All paths, by title. */
export async function getPaths(): Promise<PathEntry[]> {
	return (await getCollection('paths')).sort(byTitle);
}

/** All shared wins, newest first. */
export async function getWins(): Promise<WinEntry[]> {
	return (await getCollection('wins')).sort(
		(a, b) => b.data.date.getTime() - a.data.date.getTime(),
	);
}

/** All guides (Starlight docs pages below `guides/`), by title. */
export async function getGuides(): Promise<GuideEntry[]> {
	return (await getCollection('docs', (entry) => entry.id.startsWith('guides/'))).sort(byTitle);
}

/** Glossary terms in the shape the auto-linker needs, for Markdown rendered by pages. */
export async function getLinkableTerms(): Promise<LinkableTerm[]> {
	return (await getGlossary()).map(({ id, data }) => toLinkableTerm(id, data));
}

/** Modules in study order and every path's steps, for pages that read the reader's progress. */
export async function getProgressCatalogue() {
	const modules = sortForStudy(await getModules());
	const lookup = createStepLookup(
		{ modules, guides: await getGuides(), talks: await getTalks(), glossary: await getGlossary() },
		getEntryHref,
	);
	return {
		modules: modules.map((module) => ({
			id: module.id,
			title: module.data.title,
			href: getEntryHref('modules', module.id),
			track: module.data.track,
		})),
		paths: (await getPaths()).map((path) => ({
			id: path.id,
			title: path.data.title,
			href: getEntryHref('paths', path.id),
			steps: resolvePathWeeks(path.data, lookup)
				.flatMap((week) => week.steps)
				.map(({ key, kind, ref, label }) => ({ key, kind, ref, label })),
		})),
	};
}
