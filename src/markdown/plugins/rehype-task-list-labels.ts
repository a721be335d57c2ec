import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * GFM task lists render bare checkboxes that screen readers announce without a name.
 * This names each checkbox after the text of its list item.
 */
export function rehypeTaskListLabels() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element) => {
			if (
				node.tagName !== 'li' ||
				!String(node.properties.className ?? '').includes('task-list-item')
			)
				return;
			const checkbox = node.children.find(
				(child): child is Element =>
					child.type === 'element' &&
					child.tagName === 'input' &&
					child.properties.type === 'checkbox',
			);
			if (!checkbox) return;
			const label = toString({
				...node,
				children: node.children.filter((child) => child !== checkbox),
			}).trim();
			if (label) checkbox.properties.ariaLabel = label.split('\n')[0];
		});
	};
}
