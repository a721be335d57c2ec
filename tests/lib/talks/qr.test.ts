import { expect, test } from 'vitest';
import { toQrSvg } from '../../../src/lib/talks/qr.ts';
import { decodeQrSvg } from '../../helpers/qr.ts';

test('the SVG decodes to the address it was made from, long addresses included', async () => {
	for (const url of [
		'https://learn.example.org/talks/spotting-phishing/handout/',
		'https://intranet.example.org/learning/talks/how-marketing-plans-a-campaign/feedback/',
	])
		expect(decodeQrSvg(await toQrSvg(url))).toBe(url);
});

test('the code is black on white with its quiet zone, and hidden from screen readers', async () => {
	const svg = await toQrSvg('https://learn.example.org/');
	expect(svg).toMatch(/^<svg aria-hidden="true" class="qr" /);
	expect(svg).toContain('fill="#ffffff" d="M0 0h');
	expect(svg).toContain('stroke="#000000"');
	// Four empty modules on every side: the first dark run starts at column and row 4.
	expect(svg).toMatch(/d="M4 4\.5h/);
});

test('the decoder is not fooled: another address, or a damaged code, does not match', async () => {
	const svg = await toQrSvg('https://learn.example.org/a/');
	expect(decodeQrSvg(svg)).not.toBe('https://learn.example.org/b/');
	const damaged = svg.replace(/h7/g, 'h1');
	expect(decodeQrSvg(damaged)).toBeUndefined();
});
