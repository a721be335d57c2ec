import { describe, expect, test } from 'vitest';
import {
	formatFeedback,
	getFeedbackMailto,
	getFeedbackStorageKey,
	hasAnswers,
	parseSavedFeedback,
	serialiseFeedback,
} from '../../../src/lib/talks/feedback.ts';

const questions = ['What will you do differently?', 'Was anything unclear?'];

test('formats each question with its answer, and says which were skipped', () => {
	expect(formatFeedback('Video calls', questions, ['  Use a headset. ', ''])).toBe(
		'Feedback on "Video calls"\n\n1. What will you do differently?\nUse a headset.\n\n2. Was anything unclear?\n(no answer)',
	);
	expect(hasAnswers(['', '  '])).toBe(false);
	expect(hasAnswers(['', 'x'])).toBe(true);
});

test('the mail link carries the subject and the whole message, encoded, with no recipient', () => {
	const message = formatFeedback('Q&A: 100% sure?', questions, ['a & b', 'line one\nline two']);
	const link = getFeedbackMailto('Q&A: 100% sure?', message);
	expect(link.startsWith('mailto:?subject=')).toBe(true);
	const params = new URLSearchParams(link.slice('mailto:?'.length));
	expect(params.get('subject')).toBe('Feedback: Q&A: 100% sure?');
	expect(params.get('body')).toBe(message);
});

describe('saved answers', () => {
	test('read back what was saved, for the same number of questions', () => {
		const text = serialiseFeedback(['one', 'two']);
		expect(parseSavedFeedback(2, text)).toEqual({ answers: ['one', 'two'], damaged: false });
		expect(parseSavedFeedback(2, null)).toEqual({ answers: ['', ''], damaged: false });
		expect(getFeedbackStorageKey('video-calls')).toBe('cg:feedback:video-calls');
	});

	test.each([
		['not JSON', '{'],
		['another shape', JSON.stringify({ v: 2, answers: ['a', 'b'] })],
		['a different number of questions', serialiseFeedback(['only one'])],
		['an answer that is not text', JSON.stringify({ v: 1, answers: ['a', 3] })],
	])('a value that does not fit (%s) starts the form empty and says so', (_, text) => {
		expect(parseSavedFeedback(2, text)).toEqual({ answers: ['', ''], damaged: true });
	});
});
