import { expect, test } from 'vitest';
import { buildPrecacheList, isOfflineFile } from '../../../src/lib/offline/precache.ts';

test('keeps what a facilitator needs in the room, and not the rest of the site', () => {
	const kept = [
		'talks/index.html',
		'talks/video-calls/index.html',
		'talks/video-calls/present/index.html',
		'talks/video-calls/present/coffee/index.html',
		'talks/video-calls/handout/index.html',
		'talks/spotting-phishing/cards/index.html',
		'talks/video-calls/feedback-sheet/index.html',
		'_astro/Presenter.astro_astro_type_script_index_0_lang.DlWqucxb.js',
		'_astro/handout.25KHgAXm.css',
		'favicon.svg',
	];
	const left = [
		'index.html',
		'glossary/vpn/index.html',
		'talks/video-calls/terms/index.html',
		'talks/video-calls/feedback/index.html',
		'talks/video-calls.ics',
		'pagefind/pagefind.js',
		'search/words/1.txt',
		'_astro/nested/file.js',
		'sw.js',
	];
	expect(kept.filter((path) => !isOfflineFile(path))).toEqual([]);
	expect(left.filter(isOfflineFile)).toEqual([]);
});

test('lists pages by their address under the base path, versions them by content, in order', () => {
	const files = [
		{ path: 'talks/x/index.html', content: 'kit' },
		{ path: '_astro/a.B1.js', content: 'js' },
		{ path: 'glossary/index.html', content: 'no' },
		{ path: 'talks/index.html', content: 'catalogue' },
	];
	const list = buildPrecacheList(files, '/learning/');
	expect(list.map((entry) => entry.url)).toEqual([
		'/learning/_astro/a.B1.js',
		'/learning/talks/',
		'/learning/talks/x/',
	]);
	expect(list[0]!.revision).toBeNull();
	expect(list[1]!.revision).toMatch(/^[0-9a-f]{16}$/);
	const changed = buildPrecacheList([{ path: 'talks/x/index.html', content: 'kit, edited' }], '/');
	expect(changed[0]!.url).toBe('/talks/x/');
	expect(changed[0]!.revision).not.toBe(list[2]!.revision);
	expect(buildPrecacheList(files, '/learning/')).toEqual(list);
});
