import { expect, test } from 'vitest';
import { formatLocalDay, formatReviewed } from '../../../src/lib/site/dates.ts';

test('a review date reads the same wherever the build runs: day, month in words, year', () => {
	expect(formatReviewed(new Date('2026-11-24T00:00:00Z'))).toBe('24 November 2026');
	expect(formatReviewed(new Date('2026-11-24T23:30:00Z'))).toBe('24 November 2026');
});

test('a day on the reader’s clock is written the same way', () => {
	expect(formatLocalDay(new Date(2026, 11, 1, 9, 0))).toBe('1 December 2026');
});
