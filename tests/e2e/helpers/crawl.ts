import type { APIRequestContext } from '@playwright/test';

/**
 * Crawls a served site from its start paths over HTTP and returns what is broken: pages or assets
 * that do not load, and links to fragments that are not on the target page. External links are
 * not fetched (there is no internet here).
 */
export async function crawl(request: APIRequestContext, origin: string, ...starts: string[]) {
	const queue = [...starts];
	const pages = new Map<string, string>();
	const broken: string[] = [];
	const fragments: { from: string; page: string; id: string }[] = [];
	const checked = new Set<string>();
	while (queue.length > 0) {
		const path = queue.shift()!;
		if (checked.has(path)) continue;
		checked.add(path);
		const response = await request.get(origin + path);
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
	const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	for (const { from, page, id } of fragments) {
		const html = pages.get(page);
		if (html && !new RegExp(`\\sid="${escape(id)}"`).test(html))
			broken.push(`${from} → ${page}#${id}`);
	}
	return { pages, broken };
}
