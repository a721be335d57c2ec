import { describe, expect, test } from 'vitest';
import { failingFields } from '../helpers/zod.ts';
import { talkSchema } from '../../src/schemas/talks.ts';
import { rawTalk } from '../helpers/entries.ts';

describe('talkSchema', () => {
	test('accepts a minimal kit and defaults the lists', () => {
		const parsed = talkSchema.parse(rawTalk());
		expect(parsed).toMatchObject({
			prep: [],
			outcomes: [],
			discussion: [],
			feedback: [],
			terms: [],
		});
		expect(parsed.agenda[0]!.slides[0]!.points).toEqual([]);
	});

	test.each([
		['kind', { kind: 'webinar' }],
		['slot', { slot: 'evening' }],
		['minutes', { minutes: -5 }],
		['recurrence', { recurrence: 'weekly' }],
		['prep', { prep: [{ task: 'Book', daysBefore: -1 }] }],
		['materials', { materials: { inRoom: [], online: [] } }],
		['agenda', { agenda: [] }],
		['agenda', { agenda: [{ title: 'A', minutes: 30, kind: 'talk', notes: 'n', slides: [] }] }],
		[
			'agenda',
			{
				agenda: [
					{ title: 'A', minutes: 30, kind: 'lecture', notes: 'n', slides: [{ title: 'S' }] },
				],
			},
		],
		['commonIssues', { commonIssues: [{ problem: 'No fix' }] }],
		['followUp', { followUp: '' }],
		['terms', { terms: ['MFA'] }],
		['speaker', { speaker: 'A name' }],
	])('rejects a bad %s', (field, overrides) => {
		expect(failingFields(talkSchema.safeParse(rawTalk(overrides)))).toContain(field);
	});
});
