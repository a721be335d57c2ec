import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { remarkBaseLinks } from '../../../src/markdown/plugins/remark-base-links.ts';

const render = (markdown: string, base: string) =>
	String(
		unified()
			.use(remarkParse)
			.use(remarkBaseLinks, { base })
			.use(remarkRehype)
			.use(rehypeStringify)
			.processSync(markdown),
	);

describe('remarkBaseLinks', () => {
	test('prefixes root-relative links with the base, and only those', () => {
		expect(
			render(
				'[a](/glossary/vpn/) [b](https://example.org/x) [c](#top) [d](//cdn.example/x) [e](../x/) [f](/learning/x/)',
				'/learning/',
			),
		).toBe(
			'<p><a href="/learning/glossary/vpn/">a</a> <a href="https://example.org/x">b</a> <a href="#top">c</a> <a href="//cdn.example/x">d</a> <a href="../x/">e</a> <a href="/learning/x/">f</a></p>',
		);
	});

	test('changes nothing at the root', () => {
		expect(render('[a](/glossary/vpn/)', '/')).toBe('<p><a href="/glossary/vpn/">a</a></p>');
	});
});
