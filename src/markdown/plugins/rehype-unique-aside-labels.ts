import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Starlight names each aside after its title, so a module with two `:::tip[Try this]` exercises
 * has two landmarks both called "Try this". This numbers repeated names within a page
 * ("Try this (1 of 2)") so a screen reader's list of landmarks can tell them apart.
 */
export function rehypeUniqueAsideLabels() {
	return (tree: Root) => {
		const byLabel = new Map<string, Element[]>();
		visit(tree, 'element', (node: Element) => {
			const label = node.properties.ariaLabel;
			if (node.tagName !== 'aside' || typeof label !== 'string') return;
			byLabel.set(label, [...(byLabel.get(label) ?? []), node]);
		});
		for (const [label, asides] of byLabel) {
			if (asides.length < 2) continue;
			asides.forEach((aside, index) => {
				aside.properties.ariaLabel = `${label} (${index + 1} of ${asides.length})`;
			});
		}
	};
}
