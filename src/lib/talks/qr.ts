import QRCode from 'qrcode';

/**
 * A QR code for `text` as SVG markup, hidden from screen readers (a visible link or address goes
 * beside it). Always black on white with the four-module quiet zone scanners need, whatever the
 * theme; medium error correction survives a crease or a smudge on paper.
 */
export function toQrSvg(text: string): Promise<string> {
	// The handout, presenter mode and its variants show the same codes; each is made once a build.
	let svg = made.get(text);
	if (!svg) made.set(text, (svg = makeQrSvg(text)));
	return svg;
}

const made = new Map<string, Promise<string>>();

async function makeQrSvg(text: string): Promise<string> {
	const svg = await QRCode.toString(text, {
		type: 'svg',
		errorCorrectionLevel: 'M',
		margin: 4,
		color: { dark: '#000000', light: '#ffffff' },
	});
	return svg.replace('<svg ', '<svg aria-hidden="true" class="qr" ');
}
