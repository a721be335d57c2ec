// <cg-catalogue-filter>: filters a static list by the form's select fields and free text, keeps the
// filter in the URL so it can be shared, and announces the result count. Items carry
// `data-filter-<field>` values and `data-text`; sections with `data-group` hide when empty.
// With `data-glossary-base` (the glossary index), the text is matched by the site's glossary
// search instead, items carry `data-id`, and its answer is shown above the list.
import {
	type CatalogueFilter,
	matchesCatalogueItem,
	parseCatalogueFilter,
	serializeCatalogueFilter,
} from '../../lib/catalogue/filter.ts';
import type { Lookup } from '../search/glossary-lookup.client.ts';

/** Opens the site's search dialog with a query typed in, for a list that has no match. */
async function searchSite(text: string) {
	document.querySelector<HTMLButtonElement>('site-search button[data-open-modal]')?.click();
	// Pagefind's box appears once the dialog has loaded its code.
	for (let tries = 0; tries < 50; tries++) {
		const input = document.querySelector<HTMLInputElement>('site-search dialog input');
		if (input) {
			input.value = text;
			input.dispatchEvent(new Event('input', { bubbles: true }));
			input.focus();
			return;
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

class CatalogueFilterElement extends HTMLElement {
	connectedCallback() {
		const form = this.querySelector('form');
		const list = document.querySelector<HTMLElement>(this.dataset.list ?? '');
		if (!form || !list) return;
		const selects = [...form.querySelectorAll('select')];
		const query = form.querySelector<HTMLInputElement>('input[name="q"]');
		const count = this.querySelector<HTMLElement>('[data-count]');
		const noun = (this.dataset.noun ?? 'item|items').split('|') as [string, string];
		const allowed = Object.fromEntries(
			selects.map((select) => [select.name, [...select.options].map((option) => option.value)]),
		);
		const items = [...list.querySelectorAll<HTMLElement>('[data-item]')];
		const glossary = this.glossarySearch();
		let lookup: Lookup | undefined;

		const apply = (filter: CatalogueFilter) => {
			let shown = 0;
			// The glossary's own search decides which terms match the text, once it has answered
			// for this very text; until then, and on other lists, the plain word filter does.
			const matched = lookup && lookup.query === filter.query ? lookup.matches : undefined;
			for (const item of items) {
				const fields = Object.fromEntries(Object.keys(allowed).map((field) => [field, item.dataset[`filter${field[0]!.toUpperCase()}${field.slice(1)}`]]));
				const visible = matched
					? matchesCatalogueItem({ fields, text: '' }, { ...filter, query: '' }) &&
						(!filter.query.trim() || matched.has(item.dataset.id ?? ''))
					: matchesCatalogueItem(
							{ fields, text: item.dataset.text ?? item.textContent?.toLowerCase() ?? '' },
							filter,
						);
				item.hidden = !visible;
				if (visible) shown++;
			}
			for (const group of list.querySelectorAll<HTMLElement>('[data-group]'))
				group.hidden = !group.querySelector('[data-item]:not([hidden])');
			for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-group-link]')) {
				const target = document.querySelector<HTMLElement>(`[data-group="${link.dataset.groupLink}"]`);
				const enabled = Boolean(target && !target.hidden);
				link.toggleAttribute('aria-disabled', !enabled);
				link.tabIndex = enabled ? 0 : -1;
			}
			if (count) count.textContent = `${shown} ${shown === 1 ? noun[0] : noun[1]}`;
			const empty = list.querySelector<HTMLElement>('[data-empty]');
			if (empty) {
				empty.hidden = shown > 0;
				// Where the list is empty, lead on: clear the filters or search the whole site (the
				// glossary's answer card above offers the nearest terms and "Suggest this term").
				const search = empty.querySelector<HTMLElement>('[data-empty-search]');
				if (search) search.hidden = !filter.query.trim();
			}
			this.dispatchEvent(new CustomEvent('filtered', { detail: filter }));
			if (glossary && (!lookup || lookup.query !== filter.query)) glossary.look(filter.query, (found) => {
				if (read().query !== found.query) return; // typed on since
				lookup = found;
				apply(read());
			});
		};

		const read = (): CatalogueFilter => ({
			values: Object.fromEntries(selects.map((select) => [select.name, select.value])),
			query: query?.value ?? '',
		});
		const update = () => {
			const filter = read();
			history.replaceState(null, '', `${location.pathname}${serializeCatalogueFilter(filter)}${location.hash}`);
			apply(filter);
		};

		const initial = parseCatalogueFilter(new URLSearchParams(location.search), allowed);
		for (const select of selects) select.value = initial.values[select.name] ?? '';
		if (query) query.value = initial.query;
		form.addEventListener('input', update);
		form.addEventListener('submit', (event) => event.preventDefault());
		// The reset event fires before the fields are cleared.
		form.addEventListener('reset', () => setTimeout(update));
		list.querySelector('[data-empty-clear]')?.addEventListener('click', () => {
			form.reset();
			query?.focus();
		});
		list
			.querySelector('[data-empty-search]')
			?.addEventListener('click', (event) => {
				// Starlight closes its dialog on a click outside it, which this click would be.
				event.stopPropagation();
				void searchSite(query?.value ?? '');
			});
		this.hidden = false;
		apply(initial);
	}

	/** The glossary search and its answer area, on the glossary index only, loaded on first use. */
	private glossarySearch() {
		const base = this.dataset.glossaryBase;
		const card = this.querySelector<HTMLElement>('[data-answer]');
		if (base === undefined || !card) return undefined;
		const settings = { base, suggestUrlTemplate: this.dataset.suggest ?? '' };
		let look: Promise<(query: string, done: (found: Lookup) => void) => void> | undefined;
		return {
			look: (query: string, done: (found: Lookup) => void) => {
				if (!query.trim() && !look) return;
				look ??= import('../search/filter-answer.client.ts').then(({ createFilterAnswer }) =>
					createFilterAnswer(card, settings),
				);
				void look.then((lookUp) => lookUp(query, done));
			},
		};
	}
}

customElements.define('cg-catalogue-filter', CatalogueFilterElement);
