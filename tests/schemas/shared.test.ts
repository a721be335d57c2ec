import { describe, expect, test } from 'vitest';
import { countWords, idSchema, isoDateSchema } from '../../src/schemas/shared.ts';

describe('isoDateSchema', () => {
	test.each([
		['2026-11-01', '2026-11-01T00:00:00.000Z'],
		['2024-02-29', '2024-02-29T00:00:00.000Z'],
	])('parses %s', (input, iso) => {
		expect(isoDateSchema.parse(input).toISOString()).toBe(iso);
	});

	test('passes through a Date from YAML', () => {
		const date = new Date('2026-01-02T00:00:00Z');
		expect(isoDateSchema.parse(date)).toBe(date);
	});

	test.each(['2026-13-01', '2025-02-29', '2026-1-5', '01/11/2026', ''])('rejects %j', (input) => {
		expect(isoDateSchema.safeParse(input).success).toBe(false);
	});
});

describe('idSchema', () => {
	test.each(['vpn', 'p-and-l', 'web-2'])('accepts %s', (id) =>
		expect(idSchema.safeParse(id).success).toBe(true),
	);
	test.each(['VPN', 'p_and_l', '-vpn', 'a--b', 'a b'])('rejects %s', (id) =>
		expect(idSchema.safeParse(id).success).toBe(false),
	);
});

describe('countWords', () => {
	test('counts words and ignores Markdown punctuation', () => {
		expect(countWords('A **bold** claim - with a [link](/x/).\n\n- item')).toBe(7);
	});
});
