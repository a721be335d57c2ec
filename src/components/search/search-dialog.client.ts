// The glossary answer in Starlight's search dialog: shown above the page results as soon as the
// query is a term or close to one, without waiting for Pagefind's pause. Arrow keys move from the
// search box through the answer's links and the page results.
import { type AnswerSettings, createAnnouncer, renderAnswer } from './answer-card.client.ts';
import { getGlossaryLookup, type Lookup } from './glossary-lookup.client.ts';

const resultLinks = '.cg-answer a, .pagefind-ui__result-link';

/** Adds the answer area to the dialog and keeps it in step with what the reader types. */
export function attachSearchAnswers(settings: AnswerSettings): void {
	const container = document.querySelector<HTMLElement>('site-search .search-container');
	const dialog = container?.closest('dialog');
	if (!container || !dialog || container.querySelector('.cg-answer')) return;
	const form = container.querySelector('form');
	if (!form) {
		// Starlight builds the search box when the page is idle: wait for it.
		const observer = new MutationObserver(() => {
			if (!container.querySelector('form')) return;
			observer.disconnect();
			attachSearchAnswers(settings);
		});
		observer.observe(container, { childList: true, subtree: true });
		return;
	}
	const card = document.createElement('div');
	card.className = 'cg-answer';
	const status = document.createElement('p');
	status.className = 'sr-only';
	status.setAttribute('aria-live', 'polite');
	// Between the search box and the page results, so the box never moves while you type.
	const drawer = form.querySelector(':scope > .pagefind-ui__drawer');
	form.insertBefore(card, drawer);
	container.append(status);
	const announce = createAnnouncer(status);
	const lookup = getGlossaryLookup(settings.base);
	const input = () => container.querySelector<HTMLInputElement>('input');

	let latest = '';
	const show = (result: Lookup | undefined) => {
		if (result && result.query !== latest) return;
		renderAnswer(card, result, settings);
		announce(result);
	};
	const update = () => {
		latest = input()?.value ?? '';
		if (!latest.trim()) return show(undefined);
		const pending = lookup.find(latest);
		if (pending) void pending.then(show);
	};
	// In the capture phase, before Pagefind's own listener, so the glossary's files are asked for
	// before Pagefind starts loading its index.
	container.addEventListener('input', update, true);
	void lookup.ready.then(update, () => undefined);

	dialog.addEventListener('keydown', (event) => {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const links = [...dialog.querySelectorAll<HTMLAnchorElement>(resultLinks)].filter(
			(link) => link.offsetParent !== null,
		);
		const box = input();
		if (links.length === 0 || !box) return;
		const index = links.indexOf(document.activeElement as HTMLAnchorElement);
		const next =
			event.key === 'ArrowDown'
				? links[Math.min(index + 1, links.length - 1)]
				: index <= 0
					? box
					: links[index - 1];
		if (!next) return;
		event.preventDefault();
		next.focus();
	});
}
