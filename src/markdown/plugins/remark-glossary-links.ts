import { getLinkedTermId } from '../../lib/glossary/links.ts';
import type { Nodes, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type {} from 'mdast-util-mdx';
import type {} from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { createTermMatcher, type LinkableTerm } from '../../lib/glossary/matcher.ts';
import { buildTermLink, buildPrintList, type TermMarkupOptions } from '../term-markup.ts';

/** Options for {@link remarkGlossaryLinks}. */
export interface GlossaryLinksOptions {
	/** Every glossary term that may be linked. */
	terms: readonly LinkableTerm[];
	/** Site base path, e.g. `/` or `/learning/`. */
	base?: string;
	/** Id of the term whose own page is being rendered; it is never linked to itself. */
	currentTermId?: string;
	/** Prefix for element ids, so two rendered fragments on one page never clash. */
	idPrefix?: string;
	/** Whether to append the print-only "Terms on this page" list. */
	printList?: boolean;
}

/** Name of the MDX component that switches auto-linking off for the passage inside it. */
export const OPT_OUT_COMPONENT = 'NoGlossary';

const skippedTypes = new Set([
	'heading',
	'link',
	'linkReference',
	'code',
	'inlineCode',
	'html',
	'definition',
	'mdxjsEsm',
	'mdxFlowExpression',
	'mdxTextExpression',
	'yaml',
	'toml',
	'imageReference',
	'image',
]);

/**
 * Links the first occurrence of each glossary term or alias on a page to its entry, with a
 * tooltip, and ends the page with a print-only list of the terms used. Pages opt out with
 * `glossary: false` in frontmatter; passages with `<NoGlossary>…</NoGlossary>`.
 */
export function remarkGlossaryLinks(options: GlossaryLinksOptions) {
	const { find, byId } = prepare(options.terms);
	return (tree: Root, file: VFile) => {
		const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro
			?.frontmatter;
		if (frontmatter?.glossary === false) return;
		// Terms the author already linked by hand count as linked, so they are not linked twice.
		const linked: string[] = findAuthoredTermLinks(tree, byId);
		const markup: TermMarkupOptions = {
			base: options.base ?? '/',
			idPrefix: options.idPrefix ?? prefixFor(file.path),
		};
		const visit = (parent: Parent) => {
			for (let index = 0; index < parent.children.length; index++) {
				const child = parent.children[index] as Nodes;
				if (skippedTypes.has(child.type)) continue;
				if (
					(child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') &&
					child.name === OPT_OUT_COMPONENT
				)
					continue;
				if (child.type === 'text') {
					const replacement = linkText(child, find, byId, linked, options.currentTermId, markup);
					if (replacement) {
						parent.children.splice(index, 1, ...(replacement as RootContent[]));
						index += replacement.length - 1;
					}
				} else if ('children' in child) visit(child);
			}
		};
		visit(tree);
		if (linked.length > 0 && options.printList !== false)
			tree.children.push(
				buildPrintList(linked.map((id) => byId.get(id)!)) as unknown as RootContent,
			);
	};
}

/**
 * The matcher for a list of terms, built once per list: pages render Markdown fields one by one,
 * each with a new processor, and building the pattern for 1,000 terms each time cost more than
 * the page itself.
 */
const prepared = new WeakMap<
	readonly LinkableTerm[],
	{ find: ReturnType<typeof createTermMatcher>; byId: Map<string, LinkableTerm> }
>();
function prepare(terms: readonly LinkableTerm[]) {
	let entry = prepared.get(terms);
	if (!entry) {
		entry = { find: createTermMatcher(terms), byId: new Map(terms.map((term) => [term.id, term])) };
		prepared.set(terms, entry);
	}
	return entry;
}

function linkText(
	node: Text,
	find: ReturnType<typeof createTermMatcher>,
	byId: Map<string, LinkableTerm>,
	linked: string[],
	currentTermId: string | undefined,
	markup: TermMarkupOptions,
): PhrasingContent[] | undefined {
	const parts: PhrasingContent[] = [];
	let cursor = 0;
	for (const match of find(node.value)) {
		if (match.id === currentTermId || linked.includes(match.id)) continue;
		linked.push(match.id);
		if (match.start > cursor)
			parts.push({ type: 'text', value: node.value.slice(cursor, match.start) });
		parts.push(
			buildTermLink(
				byId.get(match.id)!,
				node.value.slice(match.start, match.end),
				markup,
			) as unknown as PhrasingContent,
		);
		cursor = match.end;
	}
	if (parts.length === 0) return undefined;
	if (cursor < node.value.length) parts.push({ type: 'text', value: node.value.slice(cursor) });
	return parts;
}

function findAuthoredTermLinks(tree: Root, byId: Map<string, LinkableTerm>): string[] {
	const ids: string[] = [];
	const walk = (node: Nodes) => {
		if (node.type === 'link') {
			const id = getLinkedTermId(node.url);
			if (id && byId.has(id) && !ids.includes(id)) ids.push(id);
		}
		if ('children' in node) for (const child of node.children) walk(child);
	};
	walk(tree);
	return ids;
}

/** A short, stable prefix from the file path, so element ids are unique and builds reproducible. */
function prefixFor(path: string | undefined): string {
	let hash = 0;
	for (const char of path ?? '') hash = (hash * 31 + char.charCodeAt(0)) | 0;
	return `g${(hash >>> 0).toString(36)}`;
}
