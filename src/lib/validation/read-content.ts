import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import yaml from 'js-yaml';
import type {} from 'mdast-util-mdx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { ID_PATTERN } from '../../schemas/id.ts';
import { type CollectionName, collections, getEntryId } from '../content/collections.ts';
import type { ContentSet, SourceEntry } from './content-set.ts';
import { type ContentIssue, fromZodIssues } from './issues.ts';

/** Result of reading `content/`: entries that passed their schema, and every problem found. */
export interface ReadResult {
	content: ContentSet;
	issues: ContentIssue[];
	/** Source text by file, so later checks can point at a line. */
	texts: Map<string, string>;
}

/** Reads and validates the files under `<root>/content`, one collection at a time (all by default). */
export async function readContent(
	root: string,
	names: readonly CollectionName[] = Object.keys(collections) as CollectionName[],
): Promise<ReadResult> {
	const content = Object.fromEntries(
		Object.keys(collections).map((name) => [name, []]),
	) as unknown as ContentSet;
	const issues: ContentIssue[] = [];
	const texts = new Map<string, string>();
	for (const name of names) {
		const spec = collections[name];
		const folder = join(root, 'content', spec.folder);
		const seen = new Map<string, string>();
		for (const absolute of await listFiles(folder)) {
			const file = relative(root, absolute).split(sep).join('/');
			const inFolder = relative(folder, absolute).split(sep).join('/');
			if (!inFolder.endsWith(spec.extension) && !(name === 'guides' && inFolder.endsWith('.md'))) {
				issues.push({
					file,
					field: '(file)',
					code: 'wrong-extension',
					problem: `files in content/${spec.folder}/ must end in ${spec.extension}; this one is skipped by the build`,
					fix: `rename it to ${inFolder.replace(/\.[^./]+$/, '')}${spec.extension}, or move it out of content/`,
				});
				continue;
			}
			const id = name === 'guides' ? inFolder.replace(/\.mdx?$/, '') : getEntryId(inFolder);
			const text = await readFile(absolute, 'utf8');
			texts.set(file, text);
			const parsed = parseFile(file, text);
			if ('issue' in parsed) {
				issues.push(parsed.issue);
				continue;
			}
			const idIssue = checkId(name, id, file, seen);
			if (idIssue) {
				issues.push(idIssue);
				continue;
			}
			const result = spec.schema.safeParse(parsed.data, { reportInput: true });
			if (!result.success) {
				issues.push(
					...fromZodIssues(file, result.error.issues).map((issue) => withLine(issue, parsed.text)),
				);
				continue;
			}
			const entry = {
				id,
				file,
				data: result.data,
				links: parsed.links,
				hasTryThis: parsed.hasTryThis,
				units: parsed.units,
				diagrams: parsed.diagrams,
			} as SourceEntry<never>;
			const winIssue = name === 'wins' ? checkWinDate(entry) : undefined;
			if (winIssue) issues.push(winIssue);
			(content[name] as SourceEntry<unknown>[]).push(entry);
		}
	}
	return { content, issues, texts };
}

async function listFiles(folder: string): Promise<string[]> {
	const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => []);
	return entries
		.filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

function checkId(
	name: CollectionName,
	id: string,
	file: string,
	seen: Map<string, string>,
): ContentIssue | undefined {
	const segments = id.split('/');
	if (!segments.every((segment) => ID_PATTERN.test(segment)))
		return {
			file,
			field: '(file name)',
			code: 'invalid-id',
			problem: `"${segments.at(-1)}" is not a valid id: the file name becomes the id used in links and references`,
			fix: 'rename the file in lowercase kebab-case, e.g. password-manager',
		};
	const other = seen.get(id);
	if (other)
		return {
			file,
			field: '(file name)',
			code: 'duplicate-id',
			problem: `the id "${id}" is already used by ${other}`,
			fix: `ids must be unique in ${collections[name].folder}/: rename one of the two files`,
		};
	seen.set(id, file);
	return undefined;
}

function checkWinDate(entry: SourceEntry<{ date: Date }>): ContentIssue | undefined {
	const date = entry.data.date.toISOString().slice(0, 10);
	if (entry.id.startsWith(`${date}-`)) return undefined;
	return {
		file: entry.file,
		field: 'date',
		code: 'win-date',
		problem: `the file name must start with the win's date (${date})`,
		fix: `rename the file to ${date}-<slug>.md, or correct the date`,
	};
}

type Parsed =
	| {
			data: unknown;
			links: string[];
			text: string;
			hasTryThis?: boolean;
			units?: string[];
			diagrams?: string[];
	  }
	| { issue: ContentIssue };

/** The plain text of a Markdown node and its children. */
const textOf = (node: { value?: unknown; children?: unknown[] }): string =>
	typeof node.value === 'string'
		? node.value
		: (node.children ?? []).map((child) => textOf(child as typeof node)).join('');

/** A "Try this" exercise: a Starlight tip aside titled Try this. */
const TRY_THIS = /^:::tip\[Try this[^\]]*\]/m;

const markdownParser = unified().use(remarkParse).use(remarkGfm);
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Parses a YAML file or a Markdown/MDX file's frontmatter and body, reporting syntax errors with a line. */
export function parseFile(file: string, text: string): Parsed {
	if (file.endsWith('.yaml')) {
		const data = parseYaml(file, text, 0);
		return 'issue' in data ? data : { data: data.value, links: [], text };
	}
	const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
	if (!match)
		return {
			issue: {
				file,
				field: '(frontmatter)',
				code: 'no-frontmatter',
				problem: 'the file has no frontmatter block',
				fix: 'start the file with a line ---, the YAML fields, and another line ---',
				line: 1,
			},
		};
	const data = parseYaml(file, match[1]!, 1);
	if ('issue' in data) return data;
	const bodyOffset = match[0].split('\n').length - 1;
	const body = text.slice(match[0].length);
	try {
		const tree = (file.endsWith('.mdx') ? mdxParser : markdownParser).parse(body);
		const links: string[] = [];
		const units: string[] = [];
		const diagrams: string[] = [];
		visit(tree, (node) => {
			if (node.type === 'link') links.push(node.url);
			if (node.type === 'heading' && node.depth === 2) units.push(textOf(node).trim());
			if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')
				for (const attribute of node.attributes) {
					if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue;
					if (attribute.name === 'href') links.push(attribute.value);
					if (node.name === 'Diagram' && attribute.name === 'name') diagrams.push(attribute.value);
				}
		});
		return { data: data.value, links, text, hasTryThis: TRY_THIS.test(body), units, diagrams };
	} catch (error) {
		const place = error as { line?: number; reason?: string; message: string };
		return {
			issue: {
				file,
				field: '(body)',
				code: 'body-syntax',
				problem: `the ${file.endsWith('.mdx') ? 'MDX' : 'Markdown'} body does not parse: ${place.reason ?? place.message}`,
				fix: 'in MDX, write a literal { or < as \\{ or &lt;, close every tag, and use {/* */} for comments',
				line: place.line === undefined ? undefined : place.line + bodyOffset,
			},
		};
	}
}

function parseYaml(
	file: string,
	text: string,
	lineOffset: number,
): { value: unknown } | { issue: ContentIssue } {
	try {
		// The core schema keeps dates as text, so an impossible date is reported instead of rolled over.
		const value = yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: file });
		if (value === null || typeof value !== 'object' || Array.isArray(value))
			return {
				issue: {
					file,
					field: '(file)',
					code: 'not-a-mapping',
					problem: 'expected a set of `field: value` lines',
					fix: 'copy the shape of an existing entry',
					line: lineOffset + 1,
				},
			};
		return { value };
	} catch (error) {
		const yamlError = error as { reason?: string; mark?: { line: number } };
		return {
			issue: {
				file,
				field: '(YAML)',
				code: 'yaml-syntax',
				problem: `the YAML does not parse: ${yamlError.reason ?? String(error)}`,
				fix: 'check indentation and quote values that contain ": " or start with a special character',
				line: yamlError.mark ? yamlError.mark.line + 1 + lineOffset : undefined,
			},
		};
	}
}

/** Adds the line of the top-level key the issue is about, when it can be found. */
export function withLine(issue: ContentIssue, text: string): ContentIssue {
	const key = /^[A-Za-z]+/.exec(issue.field)?.[0];
	if (!key || issue.line !== undefined) return issue;
	const index = text.split('\n').findIndex((line) => line.startsWith(`${key}:`));
	return index === -1 ? issue : { ...issue, line: index + 1 };
}
