import { describe, expect, test } from 'vitest';
import { failingFields } from '../helpers/zod.ts';
import { guideFrontmatterSchema } from '../../src/schemas/guides.ts';

const raw = (overrides: Record<string, unknown> = {}) => ({
	title: 'Reporting a problem',
	description: 'How to report.',
	audience: 'business',
	reviewed: '2026-11-01',
	...overrides,
});

describe('guideFrontmatterSchema', () => {
	test('accepts a guide, defaults terms and allows Starlight keys', () => {
		const parsed = guideFrontmatterSchema.parse(
			raw({ sidebar: { order: 1 }, tableOfContents: false }),
		);
		expect(parsed).toMatchObject({ terms: [], glossary: true });
	});

	test.each([
		['audience', { audience: 'everybody' }],
		['audience', { audience: undefined }],
		['reviewed', { reviewed: undefined }],
		['terms', { terms: ['VPN'] }],
		['glossary', { glossary: 'off' }],
		['sidbar', { sidbar: { order: 1 } }],
	])('rejects a bad %s', (field, overrides) => {
		expect(failingFields(guideFrontmatterSchema.safeParse(raw(overrides)))).toContain(field);
	});
});
