import { describe, expect, test } from 'vitest';
import { readContent } from '../../../src/lib/validation/read-content.ts';
import { listExpectedPages } from '../../../src/lib/validation/expected-pages.ts';
import { validSiteRoot } from '../../helpers/content-fixture.ts';

describe('listExpectedPages', () => {
	test('names the page of every entry, the kit pages, the invite and the wins anchors', async () => {
		const { content } = await readContent(validSiteRoot);
		const pages = listExpectedPages(content);
		const outputs = pages.map((page) => page.output);
		expect(outputs).toEqual(
			expect.arrayContaining([
				'glossary/vpn/index.html',
				'modules/network-basics/index.html',
				'talks/phishing-lunch/index.html',
				'talks/phishing-lunch/present/index.html',
				'talks/phishing-lunch/handout/index.html',
				'talks/phishing-lunch.ics',
				'guides/first-week/index.html',
			]),
		);
		expect(outputs).not.toContain('talks/phishing-lunch/cards/index.html');
		expect(pages.find((page) => page.output.endsWith('.ics'))!.marker).toBe('BEGIN:VEVENT');
		const win = pages.find((page) => page.output === 'wins/index.html')!;
		expect(win.marker).toMatch(/^id="win-/);
		for (const page of pages) expect(page.source).toMatch(/^content\//);
	});
});
