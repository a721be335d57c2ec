import { glossaryCategories, lenses } from '../../schemas/glossary.ts';

/** The glossary index filter, as kept in the URL (`?lens=business&category=finance&q=margin`). */
export interface GlossaryFilter {
	lens: (typeof lenses)[number] | '';
	category: (typeof glossaryCategories)[number] | '';
	query: string;
}

/** What the filter tests for one term: its lens, category and the words it can be found by. */
export interface FilterableTerm {
	lens: string;
	category: string;
	/** Term, aliases and everyday phrases, lowercased, separated by newlines. */
	text: string;
}

/** Reads the filter from URL parameters, ignoring values that are not real lenses or categories. */
export function parseFilter(params: URLSearchParams): GlossaryFilter {
	const lens = params.get('lens') ?? '';
	const category = params.get('category') ?? '';
	return {
		lens: (lenses as readonly string[]).includes(lens) ? (lens as GlossaryFilter['lens']) : '',
		category: (glossaryCategories as readonly string[]).includes(category)
			? (category as GlossaryFilter['category'])
			: '',
		query: (params.get('q') ?? '').slice(0, 100),
	};
}

/** Writes the filter as URL parameters, leaving out what is not set. */
export function serializeFilter(filter: GlossaryFilter): string {
	const params = new URLSearchParams();
	if (filter.lens) params.set('lens', filter.lens);
	if (filter.category) params.set('category', filter.category);
	if (filter.query.trim()) params.set('q', filter.query.trim());
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** Searchable text of a term: its name, aliases and phrases. */
export function getFilterText(term: {
	term: string;
	aka: readonly string[];
	phrases: readonly string[];
}): string {
	return [term.term, ...term.aka, ...term.phrases].join('\n').toLowerCase();
}

/** Whether a term passes the filter; every word of the query must appear in its text. */
export function matchesFilter(term: FilterableTerm, filter: GlossaryFilter): boolean {
	if (filter.lens && term.lens !== filter.lens) return false;
	if (filter.category && term.category !== filter.category) return false;
	const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
	return words.every((word) => term.text.includes(word));
}
