// The glossary answer above the glossary index: the same search as the header, whose matches
// also decide which terms the list shows. Loaded when the reader first types in the filter.
import { createAnnouncer, renderAnswer } from './answer-card.client.ts';
import { getGlossaryLookup, type Lookup } from './glossary-lookup.client.ts';

/** Looks a query up, shows the answer in `card`, and hands the result back for the list. */
export function createFilterAnswer(
	card: HTMLElement,
	settings: { base: string; suggestUrlTemplate: string },
): (query: string, done: (found: Lookup) => void) => void {
	const status = document.createElement('p');
	status.className = 'sr-only';
	status.setAttribute('aria-live', 'polite');
	card.after(status);
	const announce = createAnnouncer(status);
	const lookup = getGlossaryLookup(settings.base);
	return (query, done) => {
		void lookup.ready.then(
			async () => {
				const found = await lookup.find(query);
				if (!found) return;
				renderAnswer(card, found, settings);
				announce(found);
				done(found);
				// The list follows the complete matches once the query's word files are in.
				if (found.complete) done(await found.complete);
			},
			() => undefined,
		);
	};
}
