import type { Root } from 'mdast';
import type {} from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';

/**
 * Authors link to site pages from the root (`/glossary/vpn/`). When the site is hosted below a
 * sub-path (`/learning/`), this prefixes those links, so content works unchanged at any base.
 */
export function remarkBaseLinks(options: { base?: string } = {}) {
	const base = (options.base ?? '/').replace(/\/$/, '');
	const prefix = (url: string) =>
		base && url.startsWith('/') && !url.startsWith('//') && !url.startsWith(`${base}/`)
			? `${base}${url}`
			: url;
	return (tree: Root) => {
		if (!base) return;
		visit(tree, (node) => {
			if (node.type === 'link' || node.type === 'definition') node.url = prefix(node.url);
			if (
				(node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
				node.name === 'a'
			)
				for (const attribute of node.attributes)
					if (
						attribute.type === 'mdxJsxAttribute' &&
						attribute.name === 'href' &&
						typeof attribute.value === 'string'
					)
						attribute.value = prefix(attribute.value);
		});
	};
}
