// <cg-glossary-filter>: filters the static A–Z list by lens, category and text, keeps the filter
// in the URL so it can be shared, and announces the result count.
import {
	type GlossaryFilter,
	matchesFilter,
	parseFilter,
	serializeFilter,
} from '../../lib/glossary/filter.ts';

class GlossaryFilterElement extends HTMLElement {
	connectedCallback() {
		const form = this.querySelector('form');
		const list = document.querySelector<HTMLElement>(this.dataset.list ?? '');
		if (!form || !list) return;
		const field = <T extends HTMLElement>(name: string) =>
			form.querySelector<T>(`[name="${name}"]`)!;
		const lens = field<HTMLSelectElement>('lens');
		const category = field<HTMLSelectElement>('category');
		const query = field<HTMLInputElement>('q');
		const count = this.querySelector<HTMLElement>('[data-count]')!;
		const letters = document.querySelectorAll<HTMLAnchorElement>('[data-letter-link]');

		const apply = (filter: GlossaryFilter) => {
			let shown = 0;
			for (const item of list.querySelectorAll<HTMLElement>('[data-term-item]')) {
				const visible = matchesFilter(
					{
						lens: item.dataset.lens ?? '',
						category: item.dataset.category ?? '',
						text: item.dataset.text ?? '',
					},
					filter,
				);
				item.hidden = !visible;
				if (visible) shown++;
			}
			const visibleLetters = new Set<string>();
			for (const section of list.querySelectorAll<HTMLElement>('[data-letter]')) {
				section.hidden = !section.querySelector('[data-term-item]:not([hidden])');
				if (!section.hidden) visibleLetters.add(section.dataset.letter ?? '');
			}
			for (const link of letters) {
				const enabled = visibleLetters.has(link.dataset.letterLink ?? '');
				link.toggleAttribute('aria-disabled', !enabled);
				link.tabIndex = enabled ? 0 : -1;
			}
			count.textContent = shown === 1 ? '1 term' : `${shown} terms`;
			list.querySelector<HTMLElement>('[data-empty]')!.hidden = shown > 0;
		};

		const read = (): GlossaryFilter =>
			parseFilter(
				new URLSearchParams(
					serializeFilter({
						lens: lens.value as GlossaryFilter['lens'],
						category: category.value as GlossaryFilter['category'],
						query: query.value,
					}).slice(1),
				),
			);

		const update = () => {
			const filter = read();
			history.replaceState(
				null,
				'',
				`${location.pathname}${serializeFilter(filter)}${location.hash}`,
			);
			apply(filter);
		};

		const initial = parseFilter(new URLSearchParams(location.search));
		lens.value = initial.lens;
		category.value = initial.category;
		query.value = initial.query;
		form.addEventListener('input', update);
		form.addEventListener('submit', (event) => event.preventDefault());
		// The reset event fires before the fields are cleared.
		form.addEventListener('reset', () => setTimeout(update));
		this.hidden = false;
		apply(initial);
	}
}

customElements.define('cg-glossary-filter', GlossaryFilterElement);
