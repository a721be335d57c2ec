import type { IssueCode } from './codes.ts';
import type { z } from 'astro/zod';

/** One problem in one content file, written for the author who has to fix it. */
export interface ContentIssue {
	/** Path relative to the project root, e.g. `content/glossary/vpn.yaml`. */
	file: string;
	/** Field path in the entry (`agenda[2].minutes`), or `(file)` for the file as a whole. */
	field: string;
	/** What is wrong. */
	problem: string;
	/** How to fix it. */
	fix: string;
	/** Which rule failed; the authoring guide explains each at `/authoring/#<code>`. */
	code: IssueCode;
	/** 1-based line in the file, when known. */
	line?: number | undefined;
}

/** Turns a zod field path into the `agenda[2].minutes` form authors see in their files. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
	if (path.length === 0) return '(entry)';
	return path
		.map((key, index) =>
			typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
		)
		.join('');
}

/** Converts zod's issues for one file into author-facing issues with a concrete fix. */
export function fromZodIssues(file: string, issues: readonly z.core.$ZodIssue[]): ContentIssue[] {
	return issues.flatMap((issue): ContentIssue[] => {
		const field = formatFieldPath(issue.path);
		if (
			(issue.code === 'invalid_type' || issue.code === 'invalid_value') &&
			issue.input === undefined
		)
			return [
				{
					file,
					field,
					code: 'missing-field',
					problem: 'required field is missing',
					fix: `add \`${field}:\` ${expectedHint(issue)}`,
				},
			];
		switch (issue.code) {
			case 'unrecognized_keys':
				return issue.keys.map((key) => ({
					file,
					field: formatFieldPath([...issue.path, key]),
					code: 'unknown-field',
					problem: `unknown field "${key}"`,
					fix: 'check the spelling against the schema, or remove the field',
				}));
			case 'invalid_type':
				return [
					{
						file,
						field,
						code: 'wrong-type',
						problem: `expected ${issue.expected}, got ${describeValue(issue.input)}`,
						fix: `write \`${field}\` as ${article(issue.expected)}`,
					},
				];
			case 'invalid_value':
				return [
					{
						file,
						field,
						code: 'not-allowed',
						problem: `${JSON.stringify(issue.input)} is not an allowed value`,
						fix: `use one of: ${issue.values.map((value) => String(value)).join(', ')}`,
					},
				];
			case 'too_small':
			case 'too_big':
				return [
					{ file, field, code: 'out-of-range', problem: issue.message, fix: adjustHint(issue) },
				];
			default:
				return [
					{
						file,
						field,
						code: 'invalid-value',
						problem: issue.message,
						fix: 'correct the value as described',
					},
				];
		}
	});
}

function expectedHint(issue: z.core.$ZodIssueInvalidType | z.core.$ZodIssueInvalidValue): string {
	return issue.code === 'invalid_type'
		? `(${issue.expected})`
		: `with one of: ${issue.values.map((value) => String(value)).join(', ')}`;
}

function adjustHint(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
	const bound =
		issue.code === 'too_small' ? `at least ${issue.minimum}` : `at most ${issue.maximum}`;
	if (issue.origin === 'array') return `list ${bound} ${bound.endsWith(' 1') ? 'item' : 'items'}`;
	return `make it ${bound}${issue.origin === 'string' ? ' characters long' : ''}`;
}

function describeValue(value: unknown): string {
	if (value === null) return 'null (an empty value)';
	if (Array.isArray(value)) return 'a list';
	if (value instanceof Date) return 'a date';
	return typeof value === 'object' ? 'a mapping' : `${typeof value} ${JSON.stringify(value)}`;
}

function article(expected: string): string {
	return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/** Renders issues as the block the build and the CLI print. */
export function formatIssues(issues: readonly ContentIssue[]): string {
	const lines = issues.map(
		(issue) =>
			`✖ ${issue.file}${issue.line ? `:${issue.line}` : ''}\n` +
			`    field:   ${issue.field}\n` +
			`    problem: ${issue.problem}\n` +
			`    fix:     ${issue.fix}\n` +
			`    help:    /authoring/#${issue.code} on the site, or content/docs/authoring.mdx`,
	);
	const count = `${issues.length} content ${issues.length === 1 ? 'problem' : 'problems'}`;
	return `${count} found:\n\n${lines.join('\n\n')}\n`;
}

/** Nearest known id for a typo, to suggest in a fix. */
export function suggestId(unknown: string, known: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestDistance = Math.max(2, Math.floor(unknown.length / 3)) + 1;
	for (const candidate of known) {
		const distance = editDistance(unknown, candidate);
		if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
	}
	return best;
}

function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
		}
		previous = current;
	}
	return previous[b.length]!;
}
