import { describe, expect, test } from 'vitest';
import { getBuildDate, pinBuildDate } from '../../../src/lib/site/build-date.ts';

describe('getBuildDate', () => {
	test('uses SOURCE_DATE_EPOCH when set', () => {
		expect(getBuildDate({ SOURCE_DATE_EPOCH: '1764000000' }).toISOString()).toBe(
			'2025-11-24T16:00:00.000Z',
		);
	});
	test('otherwise is today at midnight UTC', () => {
		expect(getBuildDate({}, new Date('2026-11-24T17:45:00Z')).toISOString()).toBe(
			'2026-11-24T00:00:00.000Z',
		);
	});
});

describe('pinBuildDate', () => {
	test('sets the build date of the moment, so builds after midnight stand for the same day', () => {
		const env = pinBuildDate({ PATH: '/bin' }, new Date('2026-12-01T23:58:00Z'));
		expect(env).toEqual({ PATH: '/bin', SOURCE_DATE_EPOCH: '1796083200' });
		expect(getBuildDate(env, new Date('2026-12-02T00:03:00Z')).toISOString()).toBe(
			'2026-12-01T00:00:00.000Z',
		);
	});

	test('keeps a date already set', () => {
		expect(pinBuildDate({ SOURCE_DATE_EPOCH: '1764000000' }).SOURCE_DATE_EPOCH).toBe('1764000000');
	});
});
