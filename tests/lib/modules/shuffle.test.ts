import { describe, expect, test } from 'vitest';
import { getChoiceOrder, shuffleChoices } from '../../../src/lib/modules/shuffle.ts';

describe('the order of choices on the page', () => {
	test('is a permutation, the same for the same module and question', () => {
		const order = getChoiceOrder('security-basics', 'What do you do first?', 4);
		expect([...order].sort()).toEqual([0, 1, 2, 3]);
		expect(getChoiceOrder('security-basics', 'What do you do first?', 4)).toEqual(order);
		expect(
			shuffleChoices('security-basics', 'What do you do first?', ['a', 'b', 'c', 'd']),
		).toEqual(order.map((index) => 'abcd'[index]));
	});

	test('puts the first written choice in every position about equally often', () => {
		const counts = [0, 0, 0, 0];
		for (let q = 0; q < 4000; q++)
			counts[getChoiceOrder(`module-${q % 40}`, `Question ${q}`, 4).indexOf(0)]!++;
		for (const count of counts) expect(count).toBeGreaterThan(850);
		const three = [0, 0, 0];
		for (let q = 0; q < 3000; q++) three[getChoiceOrder('m', `Q${q}`, 3).indexOf(0)]!++;
		for (const count of three) expect(count).toBeGreaterThan(900);
	});

	test('gives different questions unrelated orders', () => {
		const orders = new Set(
			Array.from({ length: 50 }, (_, q) => getChoiceOrder('m', `Question ${q}`, 4).join('')),
		);
		expect(orders.size).toBeGreaterThan(15);
	});
});
