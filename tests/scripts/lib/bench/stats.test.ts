import { expect, test } from 'vitest';
import { median, percentile } from '../../../../scripts/lib/bench/stats.ts';

test('median of odd and even counts, and of nothing', () => {
	expect(median([3, 1, 2])).toBe(2);
	expect(median([4, 1, 3, 2])).toBe(2.5);
	expect(median([])).toBeNaN();
});

test('percentile uses the nearest rank, so it is always a measured value', () => {
	const values = Array.from({ length: 30 }, (_, i) => i + 1);
	expect(percentile(values, 95)).toBe(29);
	expect(percentile(values, 50)).toBe(15);
	expect(percentile([7], 95)).toBe(7);
	expect(percentile([], 95)).toBeNaN();
});
