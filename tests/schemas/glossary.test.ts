import { describe, expect, test } from 'vitest';
import { failingFields } from '../helpers/zod.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { rawTerm } from '../helpers/entries.ts';

describe('glossarySchema', () => {
	test('accepts a complete term and fills defaults', () => {
		const withoutLists = Object.fromEntries(
			Object.entries(rawTerm()).filter(([key]) => !['aka', 'phrases', 'related'].includes(key)),
		);
		const parsed = glossarySchema.parse(withoutLists);
		expect(parsed.aka).toEqual([]);
		expect(parsed.related).toEqual([]);
		expect(parsed.reviewed).toEqual(new Date('2026-11-01T00:00:00Z'));
	});

	test.each([
		['term', { term: '' }],
		['lens', { lens: 'tech' }],
		['category', { category: 'gadgets' }],
		['short', { short: 'x'.repeat(201) }],
		['explanation', { explanation: 'Too short.' }],
		['explanation', { explanation: Array(251).fill('word').join(' ') }],
		['example', { example: undefined }],
		['whyItMatters', { whyItMatters: 42 }],
		['related', { related: ['Not Kebab'] }],
		['reviewed', { reviewed: '2026-02-30' }],
		['reviewed', { reviewed: 'yesterday' }],
		['definition', { definition: 'typo for short' }],
	])('rejects a bad %s', (field, overrides) => {
		expect(failingFields(glossarySchema.safeParse(rawTerm(overrides as never)))).toContain(field);
	});
});
