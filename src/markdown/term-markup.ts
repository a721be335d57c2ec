import { getTermHref } from '../lib/glossary/links.ts';
import type { LinkableTerm } from '../lib/glossary/matcher.ts';

/** Where links point and how element ids are made unique on a page. */
export interface TermMarkupOptions {
	base: string;
	idPrefix: string;
}

/** An mdast node that turns into a given HTML element (remark-rehype reads `data.hName`). */
interface ElementNode {
	type: 'glossaryElement';
	data: { hName: string; hProperties: Record<string, string | boolean | string[]> };
	children: (ElementNode | { type: 'text'; value: string })[];
}

const element = (
	hName: string,
	hProperties: ElementNode['data']['hProperties'],
	children: ElementNode['children'],
): ElementNode => ({ type: 'glossaryElement', data: { hName, hProperties }, children });

/**
 * `<cg-term>` wraps the link and a popup that starts hidden, so without JavaScript the link still
 * leads to the entry; the short definition is the link's accessible description.
 */
export function buildTermLink(
	term: LinkableTerm,
	text: string,
	options: TermMarkupOptions,
): ElementNode {
	const href = getTermHref(options.base, term.id);
	const descriptionId = `${options.idPrefix}-${term.id}`;
	return element('cg-term', { dataTerm: term.id }, [
		element('a', { href, className: ['cg-term__link'], ariaDescribedBy: descriptionId }, [
			{ type: 'text', value: text },
		]),
		element('span', { className: ['cg-term__popup'], hidden: true, dataPagefindIgnore: '' }, [
			element('span', { className: ['cg-term__name'] }, [{ type: 'text', value: term.term }]),
			element('span', { id: descriptionId, className: ['cg-term__short'] }, [
				{ type: 'text', value: term.short },
			]),
			element('a', { href, className: ['cg-term__more'], tabIndex: '-1' }, [
				{ type: 'text', value: 'Read the glossary entry' },
			]),
		]),
	]);
}

/**
 * Print-only list of the terms a page links, in the order they first appear. A plain `div`, not
 * an `aside`: it is hidden on screen, and a page of several entries (the wins) holds several.
 */
export function buildPrintList(terms: readonly LinkableTerm[]): ElementNode {
	return element('div', { className: ['cg-print-terms'], dataPagefindIgnore: '' }, [
		element('p', { className: ['cg-print-terms__title'] }, [
			{ type: 'text', value: 'Terms on this page' },
		]),
		element(
			'dl',
			{},
			terms.flatMap((term) => [
				element('dt', {}, [{ type: 'text', value: term.term }]),
				element('dd', {}, [{ type: 'text', value: term.short }]),
			]),
		),
	]);
}
