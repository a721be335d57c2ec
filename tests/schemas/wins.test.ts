import { describe, expect, test } from 'vitest';
import { failingFields } from '../helpers/zod.ts';
import { winSchema } from '../../src/schemas/wins.ts';

const raw = (overrides: Record<string, unknown> = {}) => ({
	title: 'Faster approvals',
	date: '2026-10-01',
	teams: ['it', 'finance'],
	impact: 'Approvals take hours, not days.',
	...overrides,
});

describe('winSchema', () => {
	test('accepts a win and marks it real by default', () => {
		expect(winSchema.parse(raw()).example).toBe(false);
	});

	test.each([
		['title', { title: '' }],
		['date', { date: '1 October' }],
		['teams', { teams: ['it'] }],
		['teams', { teams: ['IT', 'Finance'] }],
		['impact', { impact: undefined }],
		['example', { example: 'yes' }],
		['team', { team: 'it' }],
	])('rejects a bad %s', (field, overrides) => {
		expect(failingFields(winSchema.safeParse(raw(overrides)))).toContain(field);
	});
});
