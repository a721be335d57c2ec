import { listPrompts } from '../content/templates.ts';
import type { ContentSet } from './content-set.ts';
import type { ContentIssue } from './issues.ts';

/** Stands in for the title while the prompts are listed, so a prompt with any title matches. */
const TITLE = 'XTITLEX';

/** A sentence this long is a prompt wherever it stands; a shorter one only as a whole line. */
const MIN_WORDS = 5;

/** Markdown's line markers (headings, list items, task boxes), which are not part of the text. */
const MARKERS = /^\s*(#+|[-*]( \[ \])?|\d+\.)\s+/gm;

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every string in a parsed value, with its field path (`agenda[0].slides[1].say`). */
function* strings(value: unknown, path = ''): Generator<[string, string]> {
	if (typeof value === 'string') yield [path, value];
	else if (Array.isArray(value))
		for (const [index, item] of value.entries()) yield* strings(item, `${path}[${index}]`);
	else if (value && typeof value === 'object')
		for (const [key, item] of Object.entries(value))
			yield* strings(item, path ? `${path}.${key}` : key);
}

interface Prompt {
	/** The sentence as authors see it, the title shown as "…". */
	text: string;
	/** Whether a line holding it is enough (long sentences), or the line must be only it. */
	anywhere: boolean;
	pattern: RegExp;
}

/** The sentences of every `npm run new` prompt, the title matching any text. */
function getPrompts(): Prompt[] {
	const values = { id: 'x', title: TITLE, today: '2026-01-01', teams: 'it' };
	const sentences = new Set(
		listPrompts(values).flatMap((prompt) =>
			prompt.split(/(?<=[.!?:])\s+/).map((sentence) => sentence.replace(/\s+/g, ' ').trim()),
		),
	);
	return [...sentences].map((sentence) => {
		const anywhere = sentence.split(' ').length >= MIN_WORDS;
		const body = normalise(sentence).split(normalise(TITLE)).map(escape).join('.+?');
		return {
			text: sentence.replaceAll(TITLE, '…'),
			anywhere,
			pattern: new RegExp(anywhere ? body : `^${body}$`, 'u'),
		};
	});
}

let prompts: Prompt[] | undefined;

/** The first prompt found in a text, line by line, or undefined. */
function findPrompt(text: string): Prompt | undefined {
	prompts ??= getPrompts();
	const lines = text.replace(MARKERS, '').split('\n').map(normalise);
	const whole = normalise(text.replace(MARKERS, ''));
	return prompts.find(({ anywhere, pattern }) =>
		anywhere ? pattern.test(whole) : lines.some((line) => pattern.test(line)),
	);
}

/**
 * Finds prompts that `npm run new` wrote and nobody replaced ("One plain sentence that says what
 * … is"), in any field or in the body, so a half-written entry cannot publish.
 */
export function checkTemplateText(content: ContentSet, texts: Map<string, string>): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const report = (file: string, field: string, prompt: Prompt, line?: number) =>
		issues.push({
			file,
			field,
			code: 'template-text',
			problem: `still holds the template's prompt "${prompt.text}"`,
			fix: 'replace it with your own words: npm run new writes these sentences as prompts',
			line,
		});
	for (const entry of Object.values(content).flat()) {
		for (const [field, value] of strings(entry.data)) {
			const found = findPrompt(value);
			if (found) report(entry.file, field, found);
		}
		const source = texts.get(entry.file) ?? '';
		const body = /^---\r?\n[\s\S]*?\r?\n---\r?\n([\s\S]*)$/.exec(source)?.[1];
		if (!body) continue;
		const lines = body.split('\n');
		const first = source.split('\n').length - lines.length;
		// Paragraph by paragraph, so a prompt that wraps over two lines is still found.
		let start = 0;
		for (const [index, text] of [...lines, ''].entries()) {
			if (text.trim() !== '') continue;
			const found = findPrompt(lines.slice(start, index).join('\n'));
			if (found) report(entry.file, '(body)', found, first + start + 1);
			start = index + 1;
		}
	}
	return issues;
}
