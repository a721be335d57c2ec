import { describe, expect, test } from 'vitest';
import { buildSlides } from '../../../src/lib/talks/slides.ts';
import { talk } from '../../helpers/entries.ts';

describe('buildSlides', () => {
	test('numbers the slides across segments and keeps each one’s segment and note', () => {
		const agenda = talk({
			agenda: [
				{
					title: 'Welcome',
					minutes: 5,
					kind: 'welcome',
					notes: 'Hello.',
					slides: [{ title: 'Hi', say: 'Welcome.' }],
				},
				{
					title: 'Demo',
					minutes: 25,
					kind: 'demo',
					notes: 'Show it.',
					slides: [
						{ title: 'One', points: ['a'], say: 'First.' },
						{ title: 'Two', say: 'Second.' },
					],
				},
			],
		}).agenda;
		const { slides, plan } = buildSlides(agenda);
		expect(
			slides.map((slide) => [slide.number, slide.segmentIndex, slide.title, slide.say]),
		).toEqual([
			[1, 0, 'Hi', 'Welcome.'],
			[2, 1, 'One', 'First.'],
			[3, 1, 'Two', 'Second.'],
		]);
		expect(slides[1]).toMatchObject({
			segmentTitle: 'Demo',
			segmentMinutes: 25,
			segmentNotes: 'Show it.',
			points: ['a'],
		});
		expect(plan).toEqual({
			segments: [
				{ minutes: 5, slides: 1 },
				{ minutes: 25, slides: 2 },
			],
		});
	});
});
