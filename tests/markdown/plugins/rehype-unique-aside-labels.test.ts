import type { Element, Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { rehypeUniqueAsideLabels } from '../../../src/markdown/plugins/rehype-unique-aside-labels.ts';

const aside = (ariaLabel?: string): Element => ({
	type: 'element',
	tagName: 'aside',
	properties: ariaLabel ? { ariaLabel } : {},
	children: [],
});

/** The aside labels of a page after the plugin ran over it. */
function labelsAfter(labels: (string | undefined)[]): unknown[] {
	const tree: Root = { type: 'root', children: labels.map(aside) };
	rehypeUniqueAsideLabels()(tree);
	return tree.children.map((node) => (node as Element).properties.ariaLabel);
}

describe('rehypeUniqueAsideLabels', () => {
	test('numbers asides that share a name', () => {
		expect(labelsAfter(['Try this', 'Note', 'Try this'])).toEqual([
			'Try this (1 of 2)',
			'Note',
			'Try this (2 of 2)',
		]);
	});

	test('leaves a single aside and unnamed asides alone', () => {
		expect(labelsAfter(['Try this', undefined, undefined])).toEqual([
			'Try this',
			undefined,
			undefined,
		]);
	});
});
