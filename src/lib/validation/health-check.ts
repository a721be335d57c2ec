import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { healthCheckSchema, type HealthDimension } from '../../schemas/health-check.ts';
import type { ContentSet } from './content-set.ts';
import { type ContentIssue, fromZodIssues } from './issues.ts';

/** Where the relationship health check's dimensions and statements live. */
export const HEALTH_CHECK_FILE = 'content/health-check.yaml';

/** 1-based line of each dimension (`- id:` at the start of a line), in order. */
const dimensionLines = (text: string) =>
	text.split('\n').flatMap((line, index) => (/^- /.test(line) ? [index + 1] : []));

/**
 * Reads and checks `content/health-check.yaml`: YAML, the schema, unique dimension ids, and
 * suggestions that point to guides, kits and modules that exist.
 */
export async function checkHealthCheck(
	root: string,
	content: ContentSet,
): Promise<{ dimensions: HealthDimension[]; issues: ContentIssue[] }> {
	const file = HEALTH_CHECK_FILE;
	const text = await readFile(join(root, file), 'utf8').catch(() => undefined);
	if (text === undefined)
		return {
			dimensions: [],
			issues: [
				{
					file,
					field: '(file)',
					code: 'missing-file',
					problem: 'the relationship health check has no statements: the file is missing',
					fix: `restore ${file} from version control; the tool at /tools/health-check/ is built from it`,
				},
			],
		};
	let data: unknown;
	try {
		data = yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: file });
	} catch (error) {
		const yamlError = error as { reason?: string; mark?: { line: number } };
		return {
			dimensions: [],
			issues: [
				{
					file,
					field: '(YAML)',
					code: 'yaml-syntax',
					problem: `the YAML does not parse: ${yamlError.reason ?? String(error)}`,
					fix: 'check indentation and quote values that contain ": " or start with a special character',
					line: yamlError.mark ? yamlError.mark.line + 1 : undefined,
				},
			],
		};
	}
	const lines = dimensionLines(text);
	const lineOf = (issue: ContentIssue, index: unknown) => ({
		...issue,
		line: typeof index === 'number' ? lines[index] : undefined,
	});
	const result = healthCheckSchema.safeParse(data, { reportInput: true });
	if (!result.success)
		return {
			dimensions: [],
			issues: result.error.issues.map((zodIssue) =>
				lineOf(fromZodIssues(file, [zodIssue])[0]!, zodIssue.path[0]),
			),
		};

	const issues: ContentIssue[] = [];
	const known = {
		guide: new Set(content.guides.map((entry) => entry.id)),
		talk: new Set(content.talks.map((entry) => entry.id)),
		module: new Set(content.modules.map((entry) => entry.id)),
	};
	const seen = new Set<string>();
	result.data.forEach((dimension, d) => {
		if (seen.has(dimension.id))
			issues.push(
				lineOf(
					{
						file,
						field: `[${d}].id`,
						code: 'duplicate-id',
						problem: `two dimensions have the id "${dimension.id}"`,
						fix: 'give each dimension its own id',
					},
					d,
				),
			);
		seen.add(dimension.id);
		dimension.suggestions.forEach((suggestion, s) => {
			if (suggestion.kind === 'page' || known[suggestion.kind].has(suggestion.ref)) return;
			const folder = { guide: 'docs/guides', talk: 'talks', module: 'modules' }[suggestion.kind];
			issues.push(
				lineOf(
					{
						file,
						field: `[${d}].suggestions[${s}].ref`,
						code: 'unknown-id',
						problem: `"${suggestion.ref}" is not a ${suggestion.kind === 'talk' ? 'session kit' : suggestion.kind}`,
						fix: `use the file name of a page in content/${folder}/, without .mdx`,
					},
					d,
				),
			);
		});
	});
	return { dimensions: result.data, issues };
}
