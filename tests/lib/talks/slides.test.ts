import { describe, expect, test } from 'vitest';
import { buildSlides, CLOSING_SLIDE, getVersionAgenda } from '../../../src/lib/talks/slides.ts';
import { talk } from '../../helpers/entries.ts';

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
			minutes: 20,
			kind: 'demo',
			notes: 'Show it.',
			slides: [
				{ title: 'One', points: ['a'], say: 'First.' },
				{ title: 'Two', say: 'Second.' },
			],
		},
		{
			title: 'Questions',
			minutes: 5,
			kind: 'qa',
			notes: 'Ask.',
			slides: [{ title: 'Over to you', say: 'Any questions?' }],
		},
	],
}).agenda;
const coffee = {
	id: 'coffee',
	title: '15-minute coffee version',
	minutes: 15,
	changes: ['No questions.'],
	agenda: [
		{ segment: 'Welcome', minutes: 2 },
		{ segment: 'Demo', minutes: 13, notes: 'Show one.' },
	],
};

describe('buildSlides', () => {
	test('numbers the slides across segments, keeps each one’s segment and ends with the codes', () => {
		const { slides, plan } = buildSlides(agenda);
		expect(
			slides.map((slide) => [slide.number, slide.segmentIndex, slide.title, slide.closing]),
		).toEqual([
			[1, 0, 'Hi', false],
			[2, 1, 'One', false],
			[3, 1, 'Two', false],
			[4, 2, 'Over to you', false],
			[5, 2, CLOSING_SLIDE.title, true],
		]);
		expect(slides[1]).toMatchObject({
			segmentTitle: 'Demo',
			segmentMinutes: 20,
			segmentNotes: 'Show it.',
			points: ['a'],
			say: 'First.',
		});
		expect(plan).toEqual({
			segments: [
				{ minutes: 5, slides: 1 },
				{ minutes: 20, slides: 2 },
				{ minutes: 5, slides: 2 },
			],
		});
	});

	test('a variant runs its own segments with its minutes and notes, the codes still last', () => {
		const { slides, plan } = buildSlides(agenda, coffee);
		expect(slides.map((slide) => [slide.title, slide.segmentMinutes, slide.segmentNotes])).toEqual([
			['Hi', 2, 'Hello.'],
			['One', 13, 'Show one.'],
			['Two', 13, 'Show one.'],
			[CLOSING_SLIDE.title, 13, 'Show one.'],
		]);
		expect(plan).toEqual({
			segments: [
				{ minutes: 2, slides: 1 },
				{ minutes: 13, slides: 3 },
			],
		});
	});
});

test('getVersionAgenda is the agenda itself without a variant, and refuses a missing segment', () => {
	expect(getVersionAgenda(agenda)).toBe(agenda);
	expect(() =>
		getVersionAgenda(agenda, { ...coffee, agenda: [{ segment: 'Lunch', minutes: 15 }] }),
	).toThrow('variant "coffee" names no segment "Lunch"');
});
