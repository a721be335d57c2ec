import { describe, expect, test } from 'vitest';
import { getBuildDate } from '../../../src/lib/site/build-date.ts';

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
