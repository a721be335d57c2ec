import { describe, expect, test } from 'vitest';
import { failingFields } from '../helpers/zod.ts';
import { moduleSchema } from '../../src/schemas/modules.ts';
import { rawModule } from '../helpers/entries.ts';

describe('moduleSchema', () => {
	test('accepts a minimal module and defaults the id lists', () => {
		const parsed = moduleSchema.parse(rawModule());
		expect(parsed).toMatchObject({ prerequisites: [], requires: [], defines: [] });
	});

	test.each([
		['track', { track: 'sales' }],
		['level', { level: 'expert' }],
		['minutes', { minutes: 0 }],
		['minutes', { minutes: 12.5 }],
		['objectives', { objectives: ['Only one'] }],
		['objectives', { objectives: ['1', '2', '3', '4', '5', '6'] }],
		['prerequisites', { prerequisites: ['Bad Id'] }],
		['quiz', { quiz: [] }],
		[
			'quiz',
			{
				quiz: [
					{
						question: 'Q?',
						choices: [
							{ text: 'A', correct: false, why: 'x' },
							{ text: 'B', correct: false, why: 'y' },
						],
					},
				],
			},
		],
		[
			'quiz',
			{
				quiz: Array(5).fill({
					question: 'Q?',
					choices: [
						{ text: 'A', correct: true },
						{ text: 'B', correct: false, why: 'y' },
					],
				}),
			},
		],
		['facilitation', { facilitation: { minutes: 30 } }],
		['reviewed', { reviewed: undefined }],
		['summary', { summary: 'unknown key' }],
	])('rejects a bad %s', (field, overrides) => {
		expect(failingFields(moduleSchema.safeParse(rawModule(overrides)))).toContain(field);
	});
});
