import { describe, expect, test } from 'vitest';
import { goTo, startPresenter, togglePause } from '../../../src/lib/talks/presenter.ts';
import {
	addRun,
	describeRun,
	formatDifference,
	formatDuration,
	formatRunText,
	getRunHistoryKey,
	hasRunTime,
	parseRunHistory,
	RUNS_KEPT,
	summariseRun,
} from '../../../src/lib/talks/run-history.ts';

const plan = {
	segments: [
		{ minutes: 5, slides: 1 },
		{ minutes: 10, slides: 2 },
	],
};
const titles = ['Welcome', 'Demo'];
const minute = 60_000;
const start = Date.UTC(2026, 11, 1, 12, 0, 0);

/** A session that spent 6 minutes on the welcome and 8.5 on the demo. */
function runSession() {
	let state = togglePause(plan, startPresenter(plan), start);
	state = goTo(plan, state, 1, start + 6 * minute);
	return summariseRun(plan, state, start + 14.5 * minute, titles, 'Full session');
}

describe('summariseRun', () => {
	test('charges the time to each segment up to the moment the session ends', () => {
		const run = runSession();
		expect(run).toEqual({
			endedAt: '2026-12-01T12:14:30.000Z',
			version: 'Full session',
			segments: [
				{ title: 'Welcome', plannedMinutes: 5, actualMs: 6 * minute },
				{ title: 'Demo', plannedMinutes: 10, actualMs: 8.5 * minute },
			],
		});
		expect(hasRunTime(run)).toBe(true);
	});

	test('a session whose timer never ran has no time to keep', () => {
		expect(hasRunTime(summariseRun(plan, startPresenter(plan), start, titles, 'x'))).toBe(false);
	});
});

test('describes planned, actual and the difference per segment and for the whole session', () => {
	expect(describeRun(runSession())).toEqual({
		rows: [
			{ title: 'Welcome', planned: '5 min', actual: '6:00', difference: '+1:00' },
			{ title: 'Demo', planned: '10 min', actual: '8:30', difference: '-1:30' },
		],
		total: { title: 'Whole session', planned: '15 min', actual: '14:30', difference: '-0:30' },
	});
	expect(formatRunText(runSession())).toBe(
		[
			'How the time went (planned, actual, difference):',
			'- Welcome: 5 min, 6:00, +1:00',
			'- Demo: 10 min, 8:30, -1:30',
			'- Whole session: 15 min, 14:30, -0:30',
		].join('\n'),
	);
	expect([0, 499, 500, 61_200].map(formatDuration)).toEqual(['0:00', '0:00', '0:01', '1:01']);
	expect([0, 400, -400, 61_000].map(formatDifference)).toEqual([
		'±0:00',
		'±0:00',
		'±0:00',
		'+1:01',
	]);
});

describe('history', () => {
	test('keeps the newest runs first, at most RUNS_KEPT, and reads back what it saved', () => {
		let history = parseRunHistory(null).history;
		for (let index = 0; index < RUNS_KEPT + 2; index++)
			history = addRun(history, { ...runSession(), version: `Run ${index}` });
		expect(history.runs).toHaveLength(RUNS_KEPT);
		expect(history.runs[0]!.version).toBe(`Run ${RUNS_KEPT + 1}`);
		expect(parseRunHistory(JSON.stringify(history))).toEqual({ history, damaged: false });
		expect(getRunHistoryKey('video-calls')).toBe('cg:runs:video-calls');
	});

	test.each([
		['not JSON', '{'],
		['another version', JSON.stringify({ v: 2, runs: [] })],
		[
			'a run without segments',
			JSON.stringify({ v: 1, runs: [{ endedAt: '2026-12-01', version: 'x', segments: [] }] }),
		],
		['a bad date', JSON.stringify({ v: 1, runs: [{ ...runSession(), endedAt: 'yesterday' }] })],
		[
			'negative time',
			JSON.stringify({
				v: 1,
				runs: [{ ...runSession(), segments: [{ title: 'x', plannedMinutes: 5, actualMs: -1 }] }],
			}),
		],
	])('a damaged value (%s) gives an empty history marked damaged', (_, text) => {
		expect(parseRunHistory(text)).toEqual({ history: { v: 1, runs: [] }, damaged: true });
	});
});
