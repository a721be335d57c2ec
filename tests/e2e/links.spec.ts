import { expect, test } from './fixtures.ts';
import { crawl } from './helpers/crawl.ts';

test('every internal link, fragment and asset resolves', async ({ request, baseURL }) => {
	test.setTimeout(180_000);
	const { pages, broken } = await crawl(request, new URL(baseURL!).origin, '/', '/404.html');
	expect(pages.size).toBeGreaterThan(250);
	expect(broken).toEqual([]);
});
