import { expect, test } from 'vitest';
import { buildPresenterPage, FULL_SESSION } from '../../../src/lib/talks/presenter-page.ts';
import { coffeeVariant, talk } from '../../helpers/entries.ts';

const data = talk({
	followUp: 'Handout: [link to the handout]',
	variants: [coffeeVariant()],
});
const site = 'https://learn.example.org/';

test('the full session: its slides, timers, storage key, versions and what the summary needs', async () => {
	const page = await buildPresenterPage({ id: 'phish', data }, undefined, site);
	expect(page.title).toBe(data.title);
	expect(page.minutes).toBe(30);
	expect(page.storageKey).toBe('phish');
	expect(page.slides.at(-1)!.closing).toBe(true);
	expect(page.handOffs.map((handOff) => handOff.url)).toEqual([
		'https://learn.example.org/talks/phish/handout/',
		'https://learn.example.org/talks/phish/terms/',
		'https://learn.example.org/talks/phish/feedback/',
	]);
	expect(page.versions).toEqual([
		{ title: FULL_SESSION, minutes: 30, href: '/talks/phish/present/', current: true },
		{
			title: '15-minute coffee version',
			minutes: 15,
			href: '/talks/phish/present/coffee/',
			current: false,
		},
	]);
	expect(page.run).toEqual({
		kit: 'phish',
		version: FULL_SESSION,
		titles: ['Welcome', 'Demo'],
		followUp: 'Handout: [link to the handout]',
		handoutUrl: 'https://learn.example.org/talks/phish/handout/',
		feedbackUrl: 'https://learn.example.org/talks/phish/feedback/',
	});
	expect(page.kitHref).toBe('/talks/phish/');
});

test('a variant keeps its own place and timers, and names itself in the title and the run', async () => {
	const page = await buildPresenterPage({ id: 'phish', data }, data.variants[0], site);
	expect(page.title).toBe(`${data.title} · 15-minute coffee version`);
	expect(page.minutes).toBe(15);
	expect(page.storageKey).toBe('phish:coffee');
	expect(page.plan.segments.map((segment) => segment.minutes)).toEqual([3, 12]);
	expect(page.versions.map((version) => version.current)).toEqual([false, true]);
	expect(page.run.version).toBe('15-minute coffee version');
});
