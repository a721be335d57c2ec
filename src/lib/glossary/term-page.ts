import { categoryLabels } from './labels.ts';
import { findTermUsages, getRelatedBothWays, type TermRecord, type TermUser } from './entries.ts';

/** Labels of the kinds of page that use a term. */
const usageLabels = { guide: 'Guide', module: 'Module', talk: 'Tech Talk' } as const;

/** Everything a glossary term page shows besides the rendered explanation. */
// A type, not an interface: Astro's static paths need props it can index.
export type TermPage<T extends TermRecord = TermRecord> = {
	term: T;
	/** "Explained for business readers" or "… IT readers". */
	reader: string;
	category: string;
	/** This term's own related terms, with definitions; and terms that only link here. */
	related: T[];
	linkedFrom: T[];
	/** Pages that use the term, guides first: label, title and link. */
	usages: { label: string; title: string; href: string }[];
	/** The feedback address with the term in its subject. */
	suggestUrl: string;
};

/** One page model per term, as Astro's static paths, from plain entries and the pages that use terms. */
export function buildTermPages<T extends TermRecord>(
	terms: readonly T[],
	users: readonly TermUser[],
	feedbackUrlTemplate: string,
): { params: { id: string }; props: TermPage<T> }[] {
	return terms.map((term) => {
		const { related, linkedFrom } = getRelatedBothWays(term.id, terms);
		return {
			params: { id: term.id },
			props: {
				term,
				reader: term.data.lens === 'it' ? 'business readers' : 'IT readers',
				category: categoryLabels[term.data.category],
				related: related as T[],
				linkedFrom: linkedFrom as T[],
				usages: findTermUsages(term.id, users).map(({ kind, title, href }) => ({
					label: usageLabels[kind],
					title,
					href,
				})),
				suggestUrl: feedbackUrlTemplate.replace(
					'{title}',
					encodeURIComponent(`Glossary: ${term.data.term}`),
				),
			},
		};
	});
}
