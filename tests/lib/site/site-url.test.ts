import { describe, expect, test } from 'vitest';
import { describePreviewAddress } from '../../../src/lib/site/site-url.ts';

describe('describePreviewAddress', () => {
	test('says nothing when no file carries the preview address', () => {
		expect(describePreviewAddress([])).toBeUndefined();
	});

	test('names each kind of file, what in it points home, and the fix', () => {
		expect(
			describePreviewAddress([
				'index.html',
				'glossary/vpn/index.html',
				'glossary/sso/index.html',
				'talks/spotting-phishing.ics',
				'wins/rss.xml',
				'sitemap-0.xml',
				'pagefind/pagefind-entry.json',
			]),
		).toMatchInlineSnapshot(`
			"SITE_URL is not set, so 7 published files point at http://localhost:4321:
			  - 1 calendar invite (talks/*.ics): the links to the kit and its handout
			  - the RSS feed (wins/rss.xml): every item link
			  - the sitemap: every address in it
			  - 3 pages: the canonical link and share address (the health check writes it into its export, and the kits into their QR codes), e.g. index.html, glossary/vpn/index.html
			  - other files: pagefind/pagefind-entry.json
			That is right for a local preview (npm start), and wrong on a server: people who open an invite,
			the feed or a shared link would land on their own computer. Build with the public address:
			  SITE_URL=https://intranet.example.org npm run build"
		`);
	});
});
