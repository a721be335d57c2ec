import { expect, test } from 'vitest';
import { renderCardSets } from '../../src/markdown/card-sets.ts';
import { talk } from '../helpers/entries.ts';

test('renders each card set with an anchor, and no link on a card can be clicked', async () => {
	const { cards } = talk({
		cards: [
			{
				title: 'Real or fake?',
				instructions: 'Decide for each message.',
				cards: [
					{
						title: 'Parcel',
						body: 'Pay the fee at [parcel.example](https://parcel.example/pay).',
						answer: '**Fake**: a fee by link.',
					},
					{ title: 'Payslip', body: 'Your payslip is in the HR portal.', answer: 'Real.' },
				],
			},
		],
	});
	const [set] = await renderCardSets(cards);
	expect(set!.slug).toBe('set-1');
	expect(set!.cards[0]!.body).not.toContain('<a');
	expect(set!.cards[0]!.body).toContain('parcel.example');
	expect(set!.cards[0]!.answer).toContain('<strong>Fake</strong>');
});
