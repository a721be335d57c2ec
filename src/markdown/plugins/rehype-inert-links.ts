import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Turns every link into plain text that keeps its words, for printable example messages: a
 * phishing example must never become a clickable link, even when it shows an address.
 */
export function rehypeInertLinks() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element) => {
			if (node.tagName !== 'a') return;
			node.tagName = 'span';
			node.properties = { className: ['inert-link'] };
		});
	};
}
