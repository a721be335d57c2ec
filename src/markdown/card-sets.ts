import type { Talk } from '../schemas/talks.ts';
import { renderMarkdown } from './render.ts';

/** Markdown with every link turned into text: a printed card must never be something to click. */
const inert = (markdown: string) => renderMarkdown(markdown, undefined, { links: false });

/** A kit's card sets ready to print: each set with an anchor, each card's body and answer as HTML. */
export function renderCardSets(sets: Talk['cards']) {
	return Promise.all(
		sets.map(async (set, index) => ({
			...set,
			slug: `set-${index + 1}`,
			cards: await Promise.all(
				set.cards.map(async (card) => ({
					title: card.title,
					body: await inert(card.body),
					answer: await inert(card.answer),
				})),
			),
		})),
	);
}
