import { expect, test } from './fixtures.ts';

/**
 * Crawls the built site from the start page over HTTP, as a reader would, and checks every
 * internal link, fragment and asset. External links are listed, not fetched (no internet).
 */
test('every internal link, fragment and asset resolves', async ({ request, baseURL }) => {
	test.setTimeout(180_000);
	const origin = new URL(baseURL!).origin;
	const queue = ['/'];
	const pages = new Map<string, string>();
	const broken: string[] = [];
	const fragments: { from: string; page: string; id: string }[] = [];
	const checked = new Set<string>();

	while (queue.length > 0) {
		const path = queue.shift()!;
		if (checked.has(path)) continue;
		checked.add(path);
		const response = await request.get(path);
		if (!response.ok()) {
			broken.push(`${path} → ${response.status()}`);
			continue;
		}
		if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
		const html = await response.text();
		pages.set(path, html);
		for (const [, attribute] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
			const value = attribute!.replaceAll('&amp;', '&');
			if (/^(mailto:|tel:|data:|javascript:)/.test(value)) continue;
			const url = new URL(value, origin + path);
			if (url.origin !== origin) continue;
			if (url.hash.length > 1)
				fragments.push({
					from: path,
					page: url.pathname,
					id: decodeURIComponent(url.hash.slice(1)),
				});
			if (!checked.has(url.pathname)) queue.push(url.pathname);
		}
	}
	for (const { from, page, id } of fragments) {
		const html = pages.get(page);
		if (html && !new RegExp(`\\sid="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`).test(html))
			broken.push(`${from} → ${page}#${id}`);
	}
	expect(pages.size).toBeGreaterThan(250);
	expect(broken).toEqual([]);
});
