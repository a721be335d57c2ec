import type { APIRoute, GetStaticPaths } from 'astro';
import { getGlossary } from '~/lib/content/entries';
import { buildCardFiles, type CardFile } from '~/lib/search/index-files';
import { toIndexedTerm } from '~/lib/search/indexed-term';

/** Definitions for the answer cards, a few dozen terms per file. */
export const getStaticPaths = (async () =>
	buildCardFiles((await getGlossary()).map(toIndexedTerm)).map((cards, file) => ({
		params: { file: String(file) },
		props: { cards },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute<{ cards: CardFile }> = ({ props }) =>
	new Response(JSON.stringify(props.cards), { headers: { 'Content-Type': 'application/json' } });
