import { describe, expect, test } from 'vitest';
import { startPresenter } from '../../../src/lib/talks/presenter.ts';
import {
	getPresenterChannelName,
	getPresenterStorageKey,
	getPresenterView,
	isEndRequest,
	parseSavedPresenter,
	readPresenterMessage,
	readPresenterState,
} from '../../../src/lib/talks/presenter-sync.ts';

const plan = {
	segments: [
		{ minutes: 5, slides: 2 },
		{ minutes: 10, slides: 1 },
	],
};
const state = {
	slide: 2,
	running: true,
	since: 1_700_000_000_000,
	used: [300_000, 5_000],
	added: [0, 60_000],
};

describe('presenter windows in step', () => {
	test('the audience view is asked for in the query; anything else is the presenter view', () => {
		expect(getPresenterView('?view=audience')).toBe('audience');
		expect(getPresenterView('?view=presenter')).toBe('presenter');
		expect(getPresenterView('')).toBe('presenter');
	});

	test('each kit has its own storage key and channel', () => {
		expect(getPresenterStorageKey('ai-assistants')).toBe('cg:presenter:ai-assistants');
		expect(getPresenterChannelName('ai-assistants')).toBe('cg-presenter:ai-assistants');
	});

	test('a state that fits the plan is read back as it was', () => {
		expect(readPresenterState(plan, state)).toEqual(state);
		expect(readPresenterState(plan, startPresenter(plan))).toEqual(startPresenter(plan));
		expect(parseSavedPresenter(plan, JSON.stringify(state))).toEqual(state);
		expect(readPresenterMessage(plan, { kind: 'state', state })).toEqual(state);
	});

	test.each([
		['no value', null],
		['a slide past the end', { ...state, slide: 3 }],
		['a negative slide', { ...state, slide: -1 }],
		['a time for each segment of another kit', { ...state, used: [1, 2, 3] }],
		['a negative time', { ...state, added: [-5, 0] }],
		['a running flag that is not true or false', { ...state, running: 'yes' }],
		['a clock that is not a number', { ...state, since: 'now' }],
	])('%s is not a state', (_, value) => {
		expect(readPresenterState(plan, value)).toBeUndefined();
	});

	test('unreadable storage and foreign messages are ignored', () => {
		expect(parseSavedPresenter(plan, null)).toBeUndefined();
		expect(parseSavedPresenter(plan, '{not json')).toBeUndefined();
		expect(readPresenterMessage(plan, { kind: 'hello' })).toBeUndefined();
		expect(readPresenterMessage(plan, 'state')).toBeUndefined();
	});

	test('an end request is told apart from a state and from anything else', () => {
		expect(isEndRequest({ kind: 'end' })).toBe(true);
		expect(readPresenterMessage(plan, { kind: 'end' })).toBeUndefined();
		for (const data of [{ kind: 'state', state: startPresenter(plan) }, 'end', null, {}])
			expect(isEndRequest(data)).toBe(false);
	});
});
