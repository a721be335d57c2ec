import type { Text } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** A run of prose and the line of its file it starts on. */
export interface Passage {
	text: string;
	line: number;
}

/** Prose of an MDX or Markdown file; code, link targets and frontmatter are left out. */
export function findProsePassages(source: string): Passage[] {
	const frontmatter = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(source)?.[0] ?? '';
	const offset = frontmatter.split('\n').length - 1;
	const tree = unified()
		.use(remarkParse)
		.use(remarkMdx)
		.use(remarkGfm)
		.parse(source.slice(frontmatter.length));
	const passages: Passage[] = [];
	visit(tree, 'text', (node: Text) => {
		passages.push({ text: node.value, line: (node.position?.start.line ?? 1) + offset });
	});
	return passages;
}

/**
 * The prose lines of a YAML entry: the values of the fields named, including their indented
 * block (`explanation: |`), leaving out code fenced inside a block.
 */
export function findYamlPassages(source: string, fields: readonly string[]): Passage[] {
	const passages: Passage[] = [];
	const keyLine = /^(\s*(?:- )?)([A-Za-z]+):\s?(.*)$/;
	let blockIndent: number | undefined;
	let inCode = false;
	source.split('\n').forEach((text, index) => {
		const line = index + 1;
		if (blockIndent !== undefined) {
			if (text.trim() === '' || /^\s*/.exec(text)![0].length > blockIndent) {
				if (/^\s*```/.test(text)) inCode = !inCode;
				else if (!inCode) passages.push({ text, line });
				return;
			}
			blockIndent = undefined;
			inCode = false;
		}
		const key = keyLine.exec(text);
		if (!key || !fields.includes(key[2]!)) return;
		const value = key[3] ?? '';
		if (/^[|>][-+]?$/.test(value.trim())) blockIndent = key[1]!.length;
		else passages.push({ text: value, line });
	});
	return passages;
}
