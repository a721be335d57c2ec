// The one rule for a link to a glossary term's page: `/glossary/<id>/`, with or without the base
// path, the trailing slash or an anchor.

const TERM_LINK = /(?:^|\/)glossary\/([a-z0-9-]+)\/?(?:#.*)?$/;

/** The term id a link target points at, or undefined when it is not a term page. */
export function getLinkedTermId(url: string): string | undefined {
	return TERM_LINK.exec(url)?.[1];
}

/** A term's page, below the site's base path (`/` or `/learning/`). */
export function getTermHref(base: string, id: string): string {
	return `${base.replace(/\/$/, '')}/glossary/${id}/`;
}
