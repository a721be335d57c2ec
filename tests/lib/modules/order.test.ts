import { describe, expect, test } from 'vitest';
import { getTimeBucket, getTrackNeighbours, sortForStudy } from '../../../src/lib/modules/order.ts';

const make = (
	id: string,
	track: 'it-for-business' | 'business-for-it',
	level: 'intro' | 'core' | 'deeper',
	title: string,
) => ({
	id,
	data: { track, level, title },
});
const modules = [
	make('c', 'it-for-business', 'core', 'Cloud'),
	make('a', 'it-for-business', 'intro', 'Security'),
	make('b', 'it-for-business', 'intro', 'Networks'),
	make('m', 'business-for-it', 'intro', 'Money'),
	make('d', 'it-for-business', 'deeper', 'AI'),
];

describe('module order', () => {
	test('sorts by level, then title', () => {
		expect(
			sortForStudy(modules.filter((m) => m.data.track === 'it-for-business')).map((m) => m.id),
		).toEqual(['b', 'a', 'c', 'd']);
	});

	test('finds neighbours within the track only', () => {
		expect(getTrackNeighbours(modules, 'a')).toEqual({ prev: modules[2], next: modules[0] });
		expect(getTrackNeighbours(modules, 'm')).toEqual({ prev: undefined, next: undefined });
		expect(getTrackNeighbours(modules, 'zzz')).toEqual({});
	});

	test('groups by time', () => {
		expect([10, 15, 16, 30, 31].map(getTimeBucket)).toEqual(['15', '15', '30', '30', 'longer']);
	});
});
