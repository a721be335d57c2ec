import { describe, expect, test } from 'vitest';
import {
	addMinute,
	countSlides,
	formatCountdown,
	getRemaining,
	getSegmentOf,
	goTo,
	startPresenter,
	togglePause,
} from '../../../src/lib/talks/presenter.ts';

const plan = {
	segments: [
		{ minutes: 5, slides: 1 },
		{ minutes: 10, slides: 2 },
		{ minutes: 5, slides: 1 },
	],
};
const minutes = (n: number) => n * 60_000;

describe('presenter timers', () => {
	test('map slides to segments', () => {
		expect([0, 1, 2, 3, 9].map((slide) => getSegmentOf(plan, slide))).toEqual([0, 1, 1, 2, 2]);
		expect(countSlides(plan)).toBe(4);
	});

	test('count down only while running', () => {
		let state = startPresenter(plan);
		expect(getRemaining(plan, state, minutes(3))).toMatchObject({
			segmentLeft: minutes(5),
			sessionLeft: minutes(20),
		});
		state = togglePause(plan, state, 0);
		expect(getRemaining(plan, state, minutes(3))).toMatchObject({
			segmentLeft: minutes(2),
			sessionLeft: minutes(17),
			segmentLevel: 'ok',
		});
		state = togglePause(plan, state, minutes(3));
		expect(getRemaining(plan, state, minutes(9))).toMatchObject({ segmentLeft: minutes(2) });
	});

	test('warn near the end and go over, and add a minute', () => {
		let state = togglePause(plan, startPresenter(plan), 0);
		expect(getRemaining(plan, state, minutes(4.5)).segmentLevel).toBe('soon');
		expect(getRemaining(plan, state, minutes(6)).segmentLevel).toBe('over');
		state = addMinute(plan, state);
		expect(getRemaining(plan, state, minutes(5.5))).toMatchObject({
			segmentLeft: minutes(0.5),
			segmentLevel: 'soon',
			sessionLeft: minutes(15.5),
		});
		expect(getRemaining(plan, state, minutes(17)).sessionLevel).toBe('soon');
	});

	test('a segment shorter than four minutes warns in its last quarter, not its last minute', () => {
		const short = { segments: [{ minutes: 1, slides: 1 }] };
		const state = togglePause(short, startPresenter(short), 0);
		expect(getRemaining(short, state, 0).segmentLevel).toBe('ok');
		expect(getRemaining(short, state, 44_000).segmentLevel).toBe('ok');
		expect(getRemaining(short, state, 46_000).segmentLevel).toBe('soon');
	});

	test('charge time to the segment on screen when moving between slides', () => {
		let state = togglePause(plan, startPresenter(plan), 0);
		state = goTo(plan, state, 1, minutes(4));
		state = goTo(plan, state, 2, minutes(7));
		expect(getRemaining(plan, state, minutes(7))).toMatchObject({
			segment: 1,
			segmentLeft: minutes(7),
			sessionLeft: minutes(13),
		});
		state = goTo(plan, state, 99, minutes(7));
		expect(state.slide).toBe(3);
		expect(goTo(plan, state, -5, minutes(7)).slide).toBe(0);
	});

	test('format countdowns', () => {
		expect([minutes(12) + 4_100, 9_000, 0, -500, -90_000].map(formatCountdown)).toEqual([
			'12:05',
			'0:09',
			'0:00',
			'0:00',
			'-1:30',
		]);
	});
});
