import type { APIRoute } from 'astro';
import { getSearchIndex } from '~/lib/content/entries';

/** Every term's names, fetched by a search box the first time someone uses it. */
export const GET: APIRoute = async () =>
	new Response((await getSearchIndex()).names, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
