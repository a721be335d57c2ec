import type { APIRoute } from 'astro';
import { getGlossary } from '~/lib/content';
import type { GlossaryAnswer } from '~/lib/glossary/answers';
import { getEntryHref } from '~/lib/urls';

/** Term names, aliases and short definitions for the search answer card. */
export const GET: APIRoute = async () => {
	const answers: GlossaryAnswer[] = (await getGlossary()).map(({ id, data }) => ({
		term: data.term,
		names: [data.term, ...data.aka],
		short: data.short,
		href: getEntryHref('glossary', id),
		lens: data.lens,
	}));
	return new Response(JSON.stringify(answers), { headers: { 'Content-Type': 'application/json' } });
};
