import { describe, expect, test } from 'vitest';
import type { ContentSet } from '../../../src/lib/validation/content-set.ts';
import { checkTemplateText } from '../../../src/lib/validation/template-text.ts';
import { term } from '../../helpers/entries.ts';

const file = 'content/glossary/sso.yaml';
const guideFile = 'content/docs/guides/first.mdx';

/** A content set with one term and one guide body, as the validator reads them. */
function check(data: Parameters<typeof term>[0], body = 'Our own words.\n') {
	const content = {
		glossary: [{ id: 'sso', file, data: term(data), links: [] }],
		guides: [{ id: 'first', file: guideFile, data: {}, links: [] }],
	} as unknown as ContentSet;
	const texts = new Map([[guideFile, `---\ntitle: First\n---\n\n${body}`]]);
	return checkTemplateText(content, texts).map(({ field, problem, line }) => ({
		field,
		problem,
		line,
	}));
}

describe('checkTemplateText', () => {
	test('passes content in its own words', () => {
		expect(check({})).toEqual([]);
	});

	test('finds a prompt with any title in a field', () => {
		expect(
			check({
				short: 'One plain sentence that says what SSO is, for a reader from the other side.',
			}),
		).toEqual([
			{
				field: 'short',
				problem:
					'still holds the template\'s prompt "One plain sentence that says what … is, for a reader from the other side."',
				line: undefined,
			},
		]);
	});

	test('finds a prompt that wraps over two lines of the body, on its first line', () => {
		expect(
			check({}, 'Intro.\n\nStart with the situation the reader is in,\nin one or two sentences.\n'),
		).toEqual([
			{
				field: '(body)',
				problem:
					'still holds the template\'s prompt "Start with the situation the reader is in, in one or two sentences."',
				line: 7,
			},
		]);
	});

	test('takes a short prompt only as a whole line, so ordinary words can use it', () => {
		expect(check({}, '- [ ] The second thing.\n')).toHaveLength(1);
		expect(check({}, 'The second thing to check is the cable.\n')).toEqual([]);
	});
});
