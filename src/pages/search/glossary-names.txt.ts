import type { APIRoute } from 'astro';
import { getGlossary } from '~/lib/content/entries';
import { buildSearchIndex } from '~/lib/search/index-files';
import { toIndexedTerm } from '~/lib/search/indexed-term';

/** Every term's names, fetched by a search box the first time someone uses it. */
export const GET: APIRoute = async () =>
	new Response(buildSearchIndex((await getGlossary()).map(toIndexedTerm)).names, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
