import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';

let renderer: Promise<MarkdownRenderer> | undefined;

/** Renders a Markdown field from a data file (a term's explanation, a fix) to HTML. */
export async function renderMarkdown(markdown: string): Promise<string> {
	renderer ??= createMarkdownProcessor({ syntaxHighlight: false });
	const { code } = await (await renderer).render(markdown);
	return code;
}
