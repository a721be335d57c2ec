import { expect, test } from 'vitest';
import { fillFollowUp } from '../../../src/lib/talks/follow-up.ts';

const facts = {
	date: '1 December 2026',
	handoutUrl: 'https://learn.example.org/talks/x/handout/',
	feedbackUrl: 'https://learn.example.org/talks/x/feedback/',
};

test('fills the date and the two links, leaves every other gap, and adds the timing last', () => {
	const template =
		'Thanks for coming on [date].\n\n- Handout: [link to the handout]\n- Feedback: [link to the feedback form]\n\nNext talk: [date of the next talk]\n[your name]\n';
	expect(fillFollowUp(template, { ...facts, timing: 'How the time went: …' })).toBe(
		'Thanks for coming on 1 December 2026.\n\n- Handout: https://learn.example.org/talks/x/handout/\n- Feedback: https://learn.example.org/talks/x/feedback/\n\nNext talk: [date of the next talk]\n[your name]\n\nHow the time went: …',
	);
});

test('without a timing the message is the filled template alone', () => {
	expect(fillFollowUp('On [date], [date].', facts)).toBe('On 1 December 2026, 1 December 2026.');
});
