import { expect, test } from 'vitest';
import {
	buildTalkCatalogue,
	getLengthBucket,
	toFilterValue,
} from '../../../src/lib/talks/catalogue.ts';
import { talk } from '../../helpers/entries.ts';

test('sorts run times into length groups and audiences into filter values', () => {
	expect([30, 31, 45, 60].map(getLengthBucket)).toEqual(['short', 'medium', 'medium', 'long']);
	expect(toFilterValue('Business staff & managers')).toBe('business-staff-managers');
});

test('lists each kit with its facts and offers only the kinds and directions in use', async () => {
	const catalogue = buildTalkCatalogue([
		{ id: 'spotting-phishing', data: talk() },
		{
			id: 'month-end',
			data: talk({
				title: 'The month-end close',
				kind: 'business-talk',
				direction: 'business-to-it',
				audience: 'IT staff',
				presenter: 'Finance',
				minutes: 45,
				agenda: [
					{
						title: 'All of it',
						minutes: 45,
						kind: 'demo',
						notes: 'Walk through.',
						slides: [{ title: 'Close', say: 'Explain.' }],
					},
				],
				slot: 'meeting',
			}),
		},
	]);
	await expect(JSON.stringify(catalogue, null, 2)).toMatchFileSnapshot(
		'__snapshots__/talk-catalogue.json',
	);
});
