import type { APIRoute } from 'astro';
import { getGlossary } from '~/lib/content/entries';
import { buildSearchIndex } from '~/lib/search/index-files';
import { toIndexedTerm } from '~/lib/search/indexed-term';

/** Every term's phrases and definition words, fetched when a query is more than a name. */
export const GET: APIRoute = async () =>
	new Response(buildSearchIndex((await getGlossary()).map(toIndexedTerm)).words, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
