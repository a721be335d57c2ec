// <cg-catalogue-filter>: filters a static list by the form's select fields and free text, keeps the
// filter in the URL so it can be shared, and announces the result count. Items carry
// `data-filter-<field>` values and `data-text`; sections with `data-group` hide when empty.
import {
	type CatalogueFilter,
	matchesCatalogueItem,
	parseCatalogueFilter,
	serializeCatalogueFilter,
} from '../../lib/catalogue-filter.ts';

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

		const apply = (filter: CatalogueFilter) => {
			let shown = 0;
			for (const item of items) {
				const fields = Object.fromEntries(Object.keys(allowed).map((field) => [field, item.dataset[`filter${field[0]!.toUpperCase()}${field.slice(1)}`]]));
				const visible = matchesCatalogueItem({ fields, text: item.dataset.text ?? '' }, filter);
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
			if (empty) empty.hidden = shown > 0;
			this.dispatchEvent(new CustomEvent('filtered', { detail: filter }));
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
		this.hidden = false;
		apply(initial);
	}
}

customElements.define('cg-catalogue-filter', CatalogueFilterElement);
