// Draws a glossary lookup: up to three terms with their definitions, or, when no term matches,
// a plain "no match" with the nearest terms and a link to suggest the term. The same markup
// serves the search dialog, the glossary index and the start page's look-up box.
import { getTermHref } from '../../lib/glossary/links.ts';
import { buildSuggestTermUrl, describeAnswer } from '../../lib/search/answer-text.ts';
import type { TermCard } from '../../lib/search/index-files.ts';
import type { Lookup } from './glossary-lookup.client.ts';

export interface AnswerSettings {
	base: string;
	/** The site's feedback address, `{title}` standing for the subject. */
	suggestUrlTemplate: string;
}

const lensLabel = { it: 'IT term', business: 'Business term' } as const;

function termLink(base: string, card: TermCard): HTMLAnchorElement {
	const link = document.createElement('a');
	link.href = getTermHref(base, card.id);
	link.textContent = card.term;
	return link;
}

/** Fills `container` with the lookup; empties it when there is nothing to say. */
export function renderAnswer(
	container: HTMLElement,
	lookup: Lookup | undefined,
	settings: AnswerSettings,
): void {
	container.replaceChildren();
	// Which query the area shows, so tests and scripts can tell when it has caught up.
	container.dataset.query = lookup?.query ?? '';
	const query = lookup?.query.trim() ?? '';
	if (!lookup || query.length < 2) {
		container.dataset.state = '';
		return;
	}
	if (lookup.answers.length > 0) {
		container.dataset.state = 'answer';
		for (const card of lookup.answers) {
			const item = document.createElement('div');
			item.className = 'cg-answer__term';
			const title = document.createElement('p');
			title.className = 'cg-answer__title';
			const link = termLink(settings.base, card);
			link.className = 'cg-answer__link';
			const kind = document.createElement('span');
			kind.className = 'cg-answer__kind';
			kind.textContent = ` · ${lensLabel[card.lens]}`;
			title.append(link, kind);
			const short = document.createElement('p');
			short.textContent = card.short;
			item.append(title, short);
			container.append(item);
		}
		return;
	}
	container.dataset.state = 'none';
	const none = document.createElement('p');
	none.textContent = `No glossary term matches “${query}”.`;
	container.append(none);
	if (lookup.nearest.length > 0) {
		const near = document.createElement('p');
		near.append('Nearest terms: ');
		lookup.nearest.forEach((card, index) => {
			if (index > 0) near.append(', ');
			const link = termLink(settings.base, card);
			link.className = 'cg-answer__link';
			near.append(link);
		});
		container.append(near);
	}
	const suggest = document.createElement('p');
	const link = document.createElement('a');
	link.className = 'cg-answer__link';
	link.href = buildSuggestTermUrl(settings.suggestUrlTemplate, query);
	link.textContent = 'Suggest this term';
	suggest.append(link, ' to the people who keep the glossary.');
	container.append(suggest);
}

/**
 * Reads the answer out once the reader stops typing, not on every keystroke: the status element
 * is updated when the query has been still for a moment.
 */
export function createAnnouncer(
	status: HTMLElement,
	delay = 700,
): (lookup: Lookup | undefined) => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	return (lookup) => {
		clearTimeout(timer);
		timer = setTimeout(() => {
			status.textContent = lookup
				? describeAnswer(lookup.query, lookup.answers, lookup.nearest)
				: '';
		}, delay);
	};
}
