import { expect, test } from 'vitest';
import {
	buildHandOffs,
	getKitHrefs,
	getVariantPresentHref,
} from '../../../src/lib/talks/kit-links.ts';
import { decodeQrSvg } from '../../helpers/qr.ts';

test('every page of a kit has one address', () => {
	expect(getKitHrefs('video-calls')).toEqual({
		page: '/talks/video-calls/',
		present: '/talks/video-calls/present/',
		handout: '/talks/video-calls/handout/',
		cards: '/talks/video-calls/cards/',
		terms: '/talks/video-calls/terms/',
		feedback: '/talks/video-calls/feedback/',
		feedbackSheet: '/talks/video-calls/feedback-sheet/',
		invite: '/talks/video-calls.ics',
	});
	expect(getVariantPresentHref('video-calls', 'coffee')).toBe('/talks/video-calls/present/coffee/');
});

test('each hand-off code opens its page at the site’s public address', async () => {
	const handOffs = await buildHandOffs('video-calls', 'https://intranet.example.org/');
	expect(handOffs.map(({ kind, label, href, url }) => ({ kind, label, href, url }))).toEqual([
		{
			kind: 'handout',
			label: 'The handout',
			href: '/talks/video-calls/handout/',
			url: 'https://intranet.example.org/talks/video-calls/handout/',
		},
		{
			kind: 'terms',
			label: 'Words of the day',
			href: '/talks/video-calls/terms/',
			url: 'https://intranet.example.org/talks/video-calls/terms/',
		},
		{
			kind: 'feedback',
			label: 'Your feedback',
			href: '/talks/video-calls/feedback/',
			url: 'https://intranet.example.org/talks/video-calls/feedback/',
		},
	]);
	for (const handOff of handOffs) expect(decodeQrSvg(handOff.svg)).toBe(handOff.url);
	const [feedbackOnly] = await buildHandOffs('x', 'https://a.example/', ['feedback']);
	expect(feedbackOnly!.url).toBe('https://a.example/talks/x/feedback/');
});
