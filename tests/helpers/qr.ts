// Reads QR codes back: from the SVG the build writes (drawn into pixels here, module by module)
// and from a PNG screenshot a browser took. Both go through jsQR, a decoder that knows nothing of
// how the code was made, so a code that decodes here scans on a phone too.
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** Decodes RGBA pixels, or undefined when no code is found. */
function decode(data: Uint8ClampedArray, width: number, height: number): string | undefined {
	return jsQR(data, width, height)?.data;
}

/**
 * Decodes the SVG the `qrcode` package writes: a white square and one stroked path of horizontal
 * runs (`M x y.5 h n`, then `m dx dy h n` relative moves), each module `scale` pixels wide.
 */
export function decodeQrSvg(svg: string, scale = 4): string | undefined {
	const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
	const path = /<path stroke="#000000" d="([^"]+)"/.exec(svg)?.[1];
	if (!size || !path) return undefined;
	const dark = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
	let x = 0;
	let y = 0;
	for (const [, command, a, b] of path.matchAll(/([MmhHvV])(-?[\d.]+)(?:\s(-?[\d.]+))?/g)) {
		const [first, second] = [Number(a), Number(b ?? 0)];
		if (command === 'M') [x, y] = [first, second];
		else if (command === 'm') [x, y] = [x + first, y + second];
		else if (command === 'h') {
			for (let column = x; column < x + first; column++) dark[Math.floor(y)]![column] = true;
			x += first;
		} else throw new Error(`unexpected path command ${command}`);
	}
	const width = size * scale;
	const pixels = new Uint8ClampedArray(width * width * 4);
	for (let row = 0; row < width; row++)
		for (let column = 0; column < width; column++) {
			const value = dark[Math.floor(row / scale)]![Math.floor(column / scale)] ? 0 : 255;
			pixels.set([value, value, value, 255], (row * width + column) * 4);
		}
	return decode(pixels, width, width);
}

/** Decodes a PNG image, such as a browser's screenshot of a code. */
export function decodeQrPng(png: Buffer): string | undefined {
	const image = PNG.sync.read(png);
	return decode(new Uint8ClampedArray(image.data), image.width, image.height);
}
