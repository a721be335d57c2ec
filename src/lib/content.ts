import { getCollection, type CollectionEntry } from 'astro:content';
import { type LinkableTerm, toLinkableTerm } from './glossary/matcher.ts';

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
