// The start page's look-up box: answers as you type, with the same search as the header; "Look
// up" opens the best term, or the glossary filtered by the query when no term matches. Loaded
// the first time the box is used; until then, and without JavaScript, the form opens the glossary
// filtered by the query.
import { getTermHref } from '../../lib/glossary/links.ts';
import { createAnnouncer, renderAnswer } from './answer-card.client.ts';
import { getGlossaryLookup, type Lookup } from './glossary-lookup.client.ts';

/** What the page's script can ask of a look-up box once its code has loaded. */
export interface TermLookupControl {
	/** Opens the best term for what is in the box, or the glossary filtered by it. */
	submit(): void;
}

/** Makes the look-up box in `element` answer as you type. */
export function attachTermLookup(element: HTMLElement): TermLookupControl {
	const form = element.querySelector('form');
	const input = element.querySelector<HTMLInputElement>('input[name="q"]');
	const card = element.querySelector<HTMLElement>('[data-answer]');
	const status = element.querySelector<HTMLElement>('[data-status]');
	if (!form || !input || !card || !status) return { submit: () => form?.submit() };
	const settings = {
		base: element.dataset.base ?? '/',
		suggestUrlTemplate: element.dataset.suggest ?? '',
	};
	const announce = createAnnouncer(status);
	const lookup = getGlossaryLookup(settings.base);
	let latest: Lookup | undefined;
	const update = async () => {
		const query = input.value;
		await lookup.ready.catch(() => undefined);
		const result = query.trim() ? await lookup.find(query) : undefined;
		if (input.value !== query) return;
		latest = result;
		renderAnswer(card, result, settings);
		announce(result);
	};
	input.addEventListener('input', () => void update());
	if (input.value.trim()) void update();
	return {
		submit() {
			const query = input.value;
			const found = lookup.ready.then(() =>
				latest?.query === query ? latest : lookup.find(query),
			);
			found.then(
				(result) => {
					const best = result?.answers[0];
					const list = `${form.action}?${new URLSearchParams({ q: query }).toString()}`;
					location.assign(best ? getTermHref(settings.base, best.id) : list);
				},
				() => form.submit(),
			);
		},
	};
}
