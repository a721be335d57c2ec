/** A select in a catalogue's filter form: its URL name, label and options. */
export interface FilterField {
	name: string;
	label: string;
	/** The option that filters nothing ("All kinds"). */
	anyLabel: string;
	options: { value: string; label: string }[];
}

/** A catalogue filter as kept in the URL: one value per select field, plus free text (`q`). */
export interface CatalogueFilter {
	values: Record<string, string>;
	query: string;
}

/** What the filter tests for one item: its field values and the text it can be found by. */
export interface FilterableItem {
	/** One value per field, or several separated by spaces (a win shared by `it finance`). */
	fields: Record<string, string | undefined>;
	/** Lowercased searchable text. */
	text: string;
}

/** Reads the filter from URL parameters; values not offered for a field are ignored. */
export function parseCatalogueFilter(
	params: URLSearchParams,
	allowed: Record<string, readonly string[]>,
): CatalogueFilter {
	const values: Record<string, string> = {};
	for (const [field, options] of Object.entries(allowed)) {
		const value = params.get(field) ?? '';
		values[field] = options.includes(value) ? value : '';
	}
	return { values, query: (params.get('q') ?? '').slice(0, 100) };
}

/** Writes the filter as a query string (`?field=value&q=text`), leaving out what is not set. */
export function serializeCatalogueFilter(filter: CatalogueFilter): string {
	const params = new URLSearchParams();
	for (const [field, value] of Object.entries(filter.values)) if (value) params.set(field, value);
	if (filter.query.trim()) params.set('q', filter.query.trim());
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** Whether an item passes: every set field matches, and every word of the query is in its text. */
export function matchesCatalogueItem(item: FilterableItem, filter: CatalogueFilter): boolean {
	for (const [field, value] of Object.entries(filter.values))
		if (value && !(item.fields[field] ?? '').split(' ').includes(value)) return false;
	const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
	return words.every((word) => item.text.includes(word));
}

/** Searchable text of an item from its parts. */
export function getSearchText(parts: readonly (string | undefined)[]): string {
	return parts.filter(Boolean).join('\n').toLowerCase();
}

/** `data-filter-<field>` attributes for an item, read by the filter element. */
export function toFilterAttributes(filters: Record<string, string> = {}): Record<string, string> {
	return Object.fromEntries(
		Object.entries(filters).map(([field, value]) => [`data-filter-${field}`, value]),
	);
}

/** Select options from a `value → label` record. */
export function toOptions(labels: Record<string, string>): { value: string; label: string }[] {
	return Object.entries(labels).map(([value, label]) => ({ value, label }));
}
