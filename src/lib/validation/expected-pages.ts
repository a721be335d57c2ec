import { collections, type PagedCollection } from '../content/collections.ts';
import type { ContentSet } from './content-set.ts';

/** A built file that must exist, and which content entry needs it. */
export interface ExpectedPage {
	/** Path below `dist/`. */
	output: string;
	/** Source file that should have produced it. */
	source: string;
	/** Text the page must contain (an anchor), when the entry shares a page. */
	marker?: string;
}

/** Every page the content should produce, so the build can prove nothing was dropped. */
export function listExpectedPages(content: ContentSet): ExpectedPage[] {
	const page = (collection: PagedCollection) => (entry: { id: string; file: string }) => ({
		output: `${collections[collection].page(entry.id)}index.html`,
		source: entry.file,
	});
	return [
		...content.glossary.map(page('glossary')),
		...content.modules.map(page('modules')),
		...content.talks.flatMap((talk) => [
			page('talks')(talk),
			{ output: `talks/${talk.id}/present/index.html`, source: talk.file },
			{ output: `talks/${talk.id}/handout/index.html`, source: talk.file },
			{ output: `talks/${talk.id}/terms/index.html`, source: talk.file },
			{ output: `talks/${talk.id}/feedback/index.html`, source: talk.file },
			{ output: `talks/${talk.id}/feedback-sheet/index.html`, source: talk.file },
			...talk.data.variants.map((variant) => ({
				output: `talks/${talk.id}/present/${variant.id}/index.html`,
				source: talk.file,
			})),
			...(talk.data.cards.length > 0
				? [{ output: `talks/${talk.id}/cards/index.html`, source: talk.file }]
				: []),
			{ output: `talks/${talk.id}.ics`, source: talk.file, marker: 'BEGIN:VEVENT' },
		]),
		...content.paths.map(page('paths')),
		...content.guides.map(page('guides')),
		...content.wins.map((win) => ({
			output: 'wins/index.html',
			source: win.file,
			marker: `id="win-${win.id}"`,
		})),
	];
}
