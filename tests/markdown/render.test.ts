import { describe, expect, test } from 'vitest';
import { toLinkableTerm } from '../../src/lib/glossary/matcher.ts';
import { renderMarkdown } from '../../src/markdown/render.ts';

const vpn = toLinkableTerm('vpn', {
	term: 'VPN',
	aka: ['Virtual private network'],
	short: 'A private tunnel into the office network.',
	autolink: 'all',
});

describe('renderMarkdown', () => {
	test('renders GFM: lists, tables and task lists with named checkboxes', async () => {
		const html = await renderMarkdown(
			'1. First\n2. Second\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [ ] Check the cable\n',
		);
		expect(html).toContain('<ol>');
		expect(html).toContain('<table>');
		expect(html).toMatch(/<input type="checkbox" disabled aria-label="Check the cable"/);
	});

	test('drops raw HTML instead of trusting it', async () => {
		const html = await renderMarkdown('Hello <script>alert(1)</script> <b onclick="x()">bold</b>');
		expect(html).not.toMatch(/<script|onclick|<b/);
		expect(html).toContain('Hello');
	});

	test('links glossary terms when given the terms, once and with a tooltip', async () => {
		const html = await renderMarkdown('Turn on the VPN. The VPN is slow.', {
			terms: [vpn],
			base: '/',
		});
		expect(html.match(/<cg-term data-term="vpn">/g)).toHaveLength(1);
		expect(html).toContain('<a href="/glossary/vpn/" class="cg-term__link"');
		expect(html).toContain('A private tunnel into the office network.');
		expect(await renderMarkdown('Turn on the VPN.')).not.toContain('/glossary/vpn/');
	});

	test('prints links as text when links are off', async () => {
		const html = await renderMarkdown(
			'Go to [the portal](https://example.org) or www.example.org',
			undefined,
			{
				links: false,
			},
		);
		expect(html).not.toContain('<a');
		expect(html).toContain('<span class="inert-link">the portal</span>');
		expect(html).toContain('www.example.org');
	});
});
