import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import type { LinkableTerm } from '../../../src/lib/glossary/matcher.ts';
import {
	remarkGlossaryLinks,
	type GlossaryLinksOptions,
} from '../../../src/markdown/plugins/remark-glossary-links.ts';

const terms: LinkableTerm[] = [
	{ id: 'vpn', term: 'VPN', aka: ['Virtual private network'], short: 'A private tunnel.' },
	{ id: 'cloud', term: 'Cloud', aka: [], short: 'Computers you rent.' },
	{ id: 'cloud-storage', term: 'Cloud storage', aka: [], short: 'Files kept online.' },
	{ id: 'saas', term: 'SaaS', aka: ['Software as a service'], short: 'Rented software.' },
	{ id: 'it-term', term: 'IT', aka: [], short: 'Information technology.' },
	{ id: 'wi-fi', term: 'Wi-Fi', aka: [], short: 'Wireless network.' },
];

/** Renders Markdown with the plugin and returns only the linked words and the print list, for readable snapshots. */
function link(
	markdown: string,
	options: Partial<GlossaryLinksOptions> = {},
	frontmatter?: Record<string, unknown>,
) {
	const file = new VFile({ path: '/content/docs/guides/a.mdx', value: markdown });
	if (frontmatter) file.data = { astro: { frontmatter } };
	const html = String(
		unified()
			.use(remarkParse)
			.use(remarkMdx)
			.use(remarkGlossaryLinks, { terms, printList: false, ...options })
			.use(remarkRehype)
			.use(rehypeStringify)
			.processSync(file),
	);
	return html.replace(/<span class="cg-term__popup"[\s\S]*?<\/span><\/span>/g, '');
}

describe('remarkGlossaryLinks', () => {
	test('links only the first occurrence of a term', () => {
		expect(link('The VPN is on. The VPN is off.')).toMatchInlineSnapshot(
			`"<p>The <cg-term data-term="vpn"><a href="/glossary/vpn/" class="cg-term__link" aria-describedby="g1z0b9mz-vpn">VPN</a><span class="cg-term__popup" hidden data-pagefind-ignore=""><span class="cg-term__name">VPN</span><span id="g1z0b9mz-vpn" class="cg-term__short">A private tunnel.</span><a href="/glossary/vpn/" class="cg-term__more" tabindex="-1">Read the glossary entry</a></span></cg-term> is on. The VPN is off.</p>"`,
		);
	});

	test('links an alias to its term, and counts it as the term', () => {
		expect(link('A virtual private network, or VPN.')).toMatchInlineSnapshot(
			`"<p>A <cg-term data-term="vpn"><a href="/glossary/vpn/" class="cg-term__link" aria-describedby="g1z0b9mz-vpn">virtual private network</a><span class="cg-term__popup" hidden data-pagefind-ignore=""><span class="cg-term__name">VPN</span><span id="g1z0b9mz-vpn" class="cg-term__short">A private tunnel.</span><a href="/glossary/vpn/" class="cg-term__more" tabindex="-1">Read the glossary entry</a></span></cg-term>, or VPN.</p>"`,
		);
	});

	test('prefers the longest match', () => {
		expect(link('Cloud storage lives in the cloud.')).toMatchInlineSnapshot(
			`"<p><cg-term data-term="cloud-storage"><a href="/glossary/cloud-storage/" class="cg-term__link" aria-describedby="g1z0b9mz-cloud-storage">Cloud storage</a><span class="cg-term__popup" hidden data-pagefind-ignore=""><span class="cg-term__name">Cloud storage</span><span id="g1z0b9mz-cloud-storage" class="cg-term__short">Files kept online.</span><a href="/glossary/cloud-storage/" class="cg-term__more" tabindex="-1">Read the glossary entry</a></span></cg-term> lives in the <cg-term data-term="cloud"><a href="/glossary/cloud/" class="cg-term__link" aria-describedby="g1z0b9mz-cloud">cloud</a><span class="cg-term__popup" hidden data-pagefind-ignore=""><span class="cg-term__name">Cloud</span><span id="g1z0b9mz-cloud" class="cg-term__short">Computers you rent.</span><a href="/glossary/cloud/" class="cg-term__more" tabindex="-1">Read the glossary entry</a></span></cg-term>.</p>"`,
		);
	});

	test('matches whole words only, never inside a longer word, a hyphenated word or an address', () => {
		expect(
			link('VPNs, vpn-legacy, wi-fi-6, cloudy, www.cloud.example and /glossary/saas stay plain.'),
		).toMatchInlineSnapshot(
			`"<p>VPNs, vpn-legacy, wi-fi-6, cloudy, www.cloud.example and /glossary/saas stay plain.</p>"`,
		);
	});

	test('matches acronyms and mixed-case names only with their capitals', () => {
		expect(link('Saas and saas and it stay plain; SaaS and IT link.')).toMatchInlineSnapshot(
			`"<p>Saas and saas and it stay plain; <cg-term data-term="saas"><a href="/glossary/saas/" class="cg-term__link" aria-describedby="g1z0b9mz-saas">SaaS</a><span class="cg-term__popup" hidden data-pagefind-ignore=""><span class="cg-term__name">SaaS</span><span id="g1z0b9mz-saas" class="cg-term__short">Rented software.</span><a href="/glossary/saas/" class="cg-term__more" tabindex="-1">Read the glossary entry</a></span></cg-term> and <cg-term data-term="it-term"><a href="/glossary/it-term/" class="cg-term__link" aria-describedby="g1z0b9mz-it-term">IT</a><span class="cg-term__popup" hidden data-pagefind-ignore=""><span class="cg-term__name">IT</span><span id="g1z0b9mz-it-term" class="cg-term__short">Information technology.</span><a href="/glossary/it-term/" class="cg-term__more" tabindex="-1">Read the glossary entry</a></span></cg-term> link.</p>"`,
		);
	});

	test('skips headings, links, code and the term’s own page', () => {
		expect(
			link('## VPN\n\n[the VPN](/x/) `VPN`\n\n```\nVPN\n```\n\nCloud and VPN.', {
				currentTermId: 'vpn',
			}),
		).toMatchInlineSnapshot(`
			"<h2>VPN</h2>
			<p><a href="/x/">the VPN</a> <code>VPN</code></p>
			<pre><code>VPN
			</code></pre>
			<p><cg-term data-term="cloud"><a href="/glossary/cloud/" class="cg-term__link" aria-describedby="g1z0b9mz-cloud">Cloud</a><span class="cg-term__popup" hidden data-pagefind-ignore=""><span class="cg-term__name">Cloud</span><span id="g1z0b9mz-cloud" class="cg-term__short">Computers you rent.</span><a href="/glossary/cloud/" class="cg-term__more" tabindex="-1">Read the glossary entry</a></span></cg-term> and VPN.</p>"
		`);
	});

	test('skips a passage inside <NoGlossary> and links the rest', () => {
		expect(link('<NoGlossary>The VPN is on.</NoGlossary>\n\nThe VPN is off.'))
			.toMatchInlineSnapshot(`
			"<p><div>The VPN is on.</div></p>
			<p>The <cg-term data-term="vpn"><a href="/glossary/vpn/" class="cg-term__link" aria-describedby="g1z0b9mz-vpn">VPN</a><span class="cg-term__popup" hidden data-pagefind-ignore=""><span class="cg-term__name">VPN</span><span id="g1z0b9mz-vpn" class="cg-term__short">A private tunnel.</span><a href="/glossary/vpn/" class="cg-term__more" tabindex="-1">Read the glossary entry</a></span></cg-term> is off.</p>"
		`);
	});

	test('does not link a term the author already linked by hand', () => {
		expect(link('Use the VPN.\n\nSee the [VPN entry](/glossary/vpn/).')).toBe(
			'<p>Use the VPN.</p>\n<p>See the <a href="/glossary/vpn/">VPN entry</a>.</p>',
		);
	});

	test('does nothing on a page with glossary: false', () => {
		expect(link('The VPN is on.', {}, { glossary: false })).toBe('<p>The VPN is on.</p>');
	});

	test('emits the tooltip markup and the print list', () => {
		const file = new VFile({ path: '/x.md', value: 'Use the VPN.' });
		const html = String(
			unified()
				.use(remarkParse)
				.use(remarkGlossaryLinks, { terms, base: '/learning/', idPrefix: 'p' })
				.use(remarkRehype)
				.use(rehypeStringify)
				.processSync(file),
		);
		expect(html).toMatchInlineSnapshot(`
			"<p>Use the <cg-term data-term="vpn"><a href="/learning/glossary/vpn/" class="cg-term__link" aria-describedby="p-vpn">VPN</a><span class="cg-term__popup" hidden data-pagefind-ignore=""><span class="cg-term__name">VPN</span><span id="p-vpn" class="cg-term__short">A private tunnel.</span><a href="/learning/glossary/vpn/" class="cg-term__more" tabindex="-1">Read the glossary entry</a></span></cg-term>.</p>
			<div class="cg-print-terms" data-pagefind-ignore=""><p class="cg-print-terms__title">Terms on this page</p><dl><dt>VPN</dt><dd>A private tunnel.</dd></dl></div>"
		`);
	});
});

describe('autolink setting', () => {
	const driver: LinkableTerm = {
		id: 'driver',
		term: 'Driver',
		aka: ['Device driver'],
		short: 'Software for a device.',
		autolink: 'aliases',
	};
	const hidden: LinkableTerm = {
		id: 'beta',
		term: 'Beta',
		aka: [],
		short: 'Early version.',
		autolink: 'none',
	};
	const render = (markdown: string) =>
		String(
			unified()
				.use(remarkParse)
				.use(remarkGlossaryLinks, { terms: [driver, hidden], printList: false })
				.use(remarkRehype)
				.use(rehypeStringify)
				.processSync(markdown),
		);

	test('links only the aliases of an everyday word, and nothing of a term set to none', () => {
		expect(render('The business driver is cost. Beta.')).toBe(
			'<p>The business driver is cost. Beta.</p>',
		);
		expect(render('Update the device driver.')).toContain(
			'<a href="/glossary/driver/" class="cg-term__link"',
		);
	});
});
