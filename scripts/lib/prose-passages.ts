import type { Text } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** Audiences that mean "written for business staff". */
const businessAudiences = new Set(['business', 'everyone', 'new-hires']);

/** Whether a guide, module or kit is read by business staff. */
export function isBusinessFacing(data: {
	audience?: string;
	track?: string;
	kind?: string;
}): boolean {
	if (data.track) return data.track === 'it-for-business';
	if (data.kind) return data.kind === 'tech-talk';
	return businessAudiences.has(data.audience ?? '');
}

/** Prose of an MDX file with the line each text run starts on; code, link targets and frontmatter are left out. */
export function findBusinessPassages(source: string): { text: string; line: number }[] {
	const frontmatter = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(source)?.[0] ?? '';
	const offset = frontmatter.split('\n').length - 1;
	const tree = unified()
		.use(remarkParse)
		.use(remarkMdx)
		.use(remarkGfm)
		.parse(source.slice(frontmatter.length));
	const passages: { text: string; line: number }[] = [];
	visit(tree, 'text', (node: Text) => {
		passages.push({ text: node.value, line: (node.position?.start.line ?? 1) + offset });
	});
	return passages;
}
