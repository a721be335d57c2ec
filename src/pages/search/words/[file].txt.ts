import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchIndex } from '~/lib/content/entries';

/** The phrases and definition words, split by the first letters of each word; a query fetches its words' files. */
export const getStaticPaths = (async () =>
	(await getSearchIndex()).words.map((words, file) => ({
		params: { file: String(file) },
		props: { words },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute<{ words: string }> = ({ props }) =>
	new Response(props.words, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
