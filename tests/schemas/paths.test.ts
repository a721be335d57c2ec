import { describe, expect, test } from 'vitest';
import { failingFields } from '../helpers/zod.ts';
import { pathSchema } from '../../src/schemas/paths.ts';
import { rawPath } from '../helpers/entries.ts';

const week = (steps: unknown[]) => [{ week: 1, focus: 'Setup', steps }];

describe('pathSchema', () => {
	test('accepts a minimal path', () => {
		expect(pathSchema.parse(rawPath()).weeks[0]!.steps[0]).toEqual({
			kind: 'task',
			task: 'Meet IT',
			owner: 'manager',
		});
	});

	test.each([
		['weeks', { weeks: [] }],
		['weeks', { weeks: week([]) }],
		['weeks', { weeks: week([{ kind: 'video', ref: 'x', owner: 'learner' }]) }],
		['weeks', { weeks: week([{ kind: 'module', owner: 'learner' }]) }],
		['weeks', { weeks: week([{ kind: 'task', owner: 'learner' }]) }],
		['weeks', { weeks: week([{ kind: 'task', task: 'Do it', owner: 'ceo' }]) }],
		[
			'weeks',
			{ weeks: [{ week: 0, focus: 'Setup', steps: [{ kind: 'task', task: 'x', owner: 'it' }] }] },
		],
		['title', { title: undefined }],
		['reviewed', { reviewed: '2026/11/01' }],
		['duration', { duration: '3 weeks' }],
	])('rejects a bad %s', (field, overrides) => {
		expect(failingFields(pathSchema.safeParse(rawPath(overrides)))).toContain(field);
	});
});
