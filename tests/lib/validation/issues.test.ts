import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import {
	formatFieldPath,
	formatIssues,
	fromZodIssues,
	suggestId,
} from '../../../src/lib/validation/issues.ts';

describe('formatFieldPath', () => {
	test('writes paths the way authors see them in YAML', () => {
		expect(formatFieldPath(['agenda', 2, 'minutes'])).toBe('agenda[2].minutes');
		expect(formatFieldPath([])).toBe('(entry)');
	});
});

describe('fromZodIssues', () => {
	const schema = z.strictObject({
		lens: z.enum(['it', 'business']),
		minutes: z.number(),
		tags: z.array(z.string()).min(1),
	});
	const issuesFor = (input: unknown) =>
		fromZodIssues(
			'content/x.yaml',
			schema.safeParse(input, { reportInput: true }).error!.issues,
		).map(({ field, problem, fix }) => `${field} | ${problem} | ${fix}`);

	test('explains each kind of problem with a fix', () => {
		expect(issuesFor({ lens: 'tech', minutes: '10', tags: [], extra: 1 })).toMatchInlineSnapshot(`
			[
			  "lens | "tech" is not an allowed value | use one of: it, business",
			  "minutes | expected number, got string "10" | write \`minutes\` as a number",
			  "tags | Too small: expected array to have >=1 items | list at least 1 item",
			  "extra | unknown field "extra" | check the spelling against the schema, or remove the field",
			]
		`);
		expect(issuesFor({})).toMatchInlineSnapshot(`
			[
			  "lens | required field is missing | add \`lens:\` with one of: it, business",
			  "minutes | required field is missing | add \`minutes:\` (number)",
			  "tags | required field is missing | add \`tags:\` (array)",
			]
		`);
	});
});

describe('suggestId', () => {
	test('suggests a close id and nothing for a distant one', () => {
		expect(suggestId('wifi', ['wi-fi', 'vpn'])).toBe('wi-fi');
		expect(suggestId('kubernetes', ['wi-fi', 'vpn'])).toBeUndefined();
	});
});

describe('formatIssues', () => {
	test('prints one block per issue with the line when known', () => {
		expect(
			formatIssues([
				{
					file: 'content/glossary/vpn.yaml',
					field: 'lens',
					code: 'not-allowed',
					problem: 'bad',
					fix: 'good',
					line: 3,
				},
				{
					file: 'content/talks/a.mdx',
					field: 'agenda',
					code: 'agenda-total',
					problem: 'sum',
					fix: 'add',
				},
			]),
		).toMatchInlineSnapshot(`
			"2 content problems found:

			✖ content/glossary/vpn.yaml:3
			    field:   lens
			    problem: bad
			    fix:     good
			    help:    /authoring/#not-allowed on the site, or content/docs/authoring.mdx

			✖ content/talks/a.mdx
			    field:   agenda
			    problem: sum
			    fix:     add
			    help:    /authoring/#agenda-total on the site, or content/docs/authoring.mdx
			"
		`);
	});
});
