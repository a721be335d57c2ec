/** Prefixes a site path with the configured base (`/` or e.g. `/learning/`). */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
	return `${base.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}

/** Link to a content entry's page. */
export function getEntryHref(
	kind: 'glossary' | 'modules' | 'talks' | 'paths' | 'guides',
	id: string,
): string {
	return withBase(`${kind}/${id}/`);
}
