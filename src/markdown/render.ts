import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { remarkGlossaryLinks, type GlossaryLinksOptions } from './plugins/remark-glossary-links.ts';
import { rehypeInertLinks } from './plugins/rehype-inert-links.ts';
import { rehypeTaskListLabels } from './plugins/rehype-task-list-labels.ts';
import { remarkBaseLinks } from './plugins/remark-base-links.ts';

/**
 * Renders a Markdown field from a data file (a term's explanation, a kit's fix) to HTML, with
 * glossary links when `glossary` is given. Content is authored in the repository, so raw HTML in
 * it is dropped rather than trusted. `links: false` prints links and addresses as plain text.
 */
export async function renderMarkdown(
	markdown: string,
	glossary?: GlossaryLinksOptions,
	{ links = true }: { links?: boolean } = {},
): Promise<string> {
	const processor = unified()
		.use(remarkParse)
		.use(remarkGfm)
		.use(remarkBaseLinks, { base: import.meta.env.BASE_URL });
	if (glossary) processor.use(remarkGlossaryLinks, { printList: false, ...glossary });
	const file = await processor
		.use(remarkRehype)
		.use(rehypeTaskListLabels)
		.use(links ? [] : [rehypeInertLinks])
		.use(rehypeStringify)
		.process(markdown);
	return String(file);
}
