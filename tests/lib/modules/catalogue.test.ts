import { expect, test } from 'vitest';
import { buildModuleCatalogue } from '../../../src/lib/modules/catalogue.ts';
import { module } from '../../helpers/entries.ts';

test('groups modules by track in study order, with their facts and filter values', async () => {
	const catalogue = buildModuleCatalogue([
		{ id: 'deeper-one', data: module({ title: 'Deeper one', level: 'deeper', minutes: 40 }) },
		{ id: 'intro-one', data: module({ title: 'Intro one', level: 'intro', minutes: 15 }) },
		{
			id: 'business-one',
			data: module({ title: 'Business one', track: 'business-for-it', minutes: 25 }),
		},
	]);
	expect(catalogue.tracks.map((track) => track.items.map((item) => item.id))).toEqual([
		['intro-one', 'deeper-one'],
		['business-one'],
	]);
	await expect(JSON.stringify(catalogue, null, 2)).toMatchFileSnapshot(
		'__snapshots__/module-catalogue.json',
	);
});
