import { collections, type PagedCollection } from '../content/collections.ts';

/** Prefixes a site path with the configured base (`/` or e.g. `/learning/`). */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
	return `${base.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}

/** Link to a content entry's page. */
export function getEntryHref(kind: PagedCollection, id: string): string {
	return withBase(collections[kind].page(id));
}
