// Diagrams are hand-written SVG files in content/diagrams/, drawn with a small vocabulary of
// classes so that the site's theme colours them (light, dark and print) and nothing in them runs.
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { find, svg } from 'property-information';

/** What each class draws; the component's stylesheet gives each one its theme colours. */
export const DIAGRAM_CLASSES = {
	'cg-d-box': 'a plain box: page-coloured fill, grey outline',
	'cg-d-muted': 'a grey-filled box, for what is in the background',
	'cg-d-accent': 'a highlighted box, for the one or two things to look at',
	'cg-d-line': 'a grey line, no fill',
	'cg-d-line-accent': 'a thicker line in the accent colour',
	'cg-d-dashed': 'makes a line dashed (add it to a line class)',
	'cg-d-head': 'a filled grey shape: arrowheads, dots',
	'cg-d-head-accent': 'a filled accent shape',
	'cg-d-text': 'text at 16 px (every text element has it)',
	'cg-d-small': 'text at 14 px, the smallest allowed',
	'cg-d-strong': 'bold text',
	'cg-d-text-muted': 'grey text',
	'cg-d-text-accent': 'text in the accent colour',
} as const;

/** The elements a diagram may use: shapes and text, nothing that runs, loads or styles. */
const ELEMENTS = new Set([
	'svg',
	'title',
	'desc',
	'g',
	'rect',
	'circle',
	'ellipse',
	'line',
	'polyline',
	'polygon',
	'path',
	'text',
	'tspan',
]);

/** Geometry attributes, as hast names them (`textAnchor` for `text-anchor`). */
const PROPERTIES = new Set([
	'xmlns',
	'viewBox',
	'className',
	'x',
	'y',
	'x1',
	'y1',
	'x2',
	'y2',
	'cx',
	'cy',
	'r',
	'rx',
	'ry',
	'width',
	'height',
	'points',
	'd',
	'transform',
	'textAnchor',
	'dominantBaseline',
	'dx',
	'dy',
]);

/** Shapes that draw something and so need a class for their colour. */
const DRAWN = new Set(['rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'path']);

/** Widest and tallest viewBox, in SVG units: narrow enough to stay legible on a phone. */
export const DIAGRAM_LIMITS = { minWidth: 320, maxWidth: 640, maxHeight: 800 } as const;

/** One problem in a diagram file, with the line it is on when known. */
export interface DiagramProblem {
	problem: string;
	line?: number | undefined;
}

/** A checked diagram: its root element, names for assistive technology, and drawing size. */
export interface ParsedDiagram {
	root: Element;
	title: string;
	description: string;
	width: number;
	height: number;
}

const textOf = (node: ElementContent): string =>
	node.type === 'text'
		? node.value
		: node.type === 'element'
			? node.children.map(textOf).join('')
			: '';

const attributeName = (property: string) => find(svg, property).attribute;

/** Parses and checks a diagram's SVG source; returns the diagram, or every problem found. */
export function parseDiagram(source: string): ParsedDiagram | { problems: DiagramProblem[] } {
	const tree: Root = fromHtml(source, { fragment: true, space: 'svg' });
	const problems: DiagramProblem[] = [];
	const elements = tree.children.filter((node): node is Element => node.type === 'element');
	const root = elements[0];
	if (elements.length !== 1 || root?.tagName !== 'svg')
		return { problems: [{ problem: 'the file must hold exactly one <svg> element', line: 1 }] };

	const viewBox = /^0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)$/.exec(
		String(root.properties.viewBox ?? ''),
	);
	const [width, height] = viewBox ? [Number(viewBox[1]), Number(viewBox[2])] : [0, 0];
	if (!viewBox) problems.push({ problem: 'the <svg> needs viewBox="0 0 WIDTH HEIGHT"', line: 1 });
	else if (
		width < DIAGRAM_LIMITS.minWidth ||
		width > DIAGRAM_LIMITS.maxWidth ||
		height > DIAGRAM_LIMITS.maxHeight
	)
		problems.push({
			problem: `the viewBox is ${width} × ${height}; it must be ${DIAGRAM_LIMITS.minWidth} to ${DIAGRAM_LIMITS.maxWidth} wide and at most ${DIAGRAM_LIMITS.maxHeight} high, so the text stays legible on a phone`,
			line: 1,
		});

	const [first, second] = root.children.filter((node): node is Element => node.type === 'element');
	const title = first?.tagName === 'title' ? textOf(first).trim() : '';
	const description = second?.tagName === 'desc' ? textOf(second).trim() : '';
	if (!title || !description)
		problems.push({
			problem:
				'the first two elements must be a <title> (a short name) and a <desc> (the whole picture in words, for people who cannot see it)',
			line: 1,
		});

	const visit = (element: Element) => {
		const line = element.position?.start.line;
		if (!ELEMENTS.has(element.tagName)) {
			problems.push({
				problem: `<${element.tagName}> is not allowed; use shapes (rect, circle, line, polygon, path …), text and g`,
				line,
			});
			return;
		}
		for (const property of Object.keys(element.properties))
			if (!PROPERTIES.has(property))
				problems.push({
					problem: `the attribute ${attributeName(property)} on <${element.tagName}> is not allowed; colours, fonts and styles come from the cg-d-* classes`,
					line,
				});
		const classes = element.properties.className ?? [];
		for (const name of classes)
			if (!(name in DIAGRAM_CLASSES))
				problems.push({ problem: `the class "${name}" is not one of the cg-d-* classes`, line });
		if (DRAWN.has(element.tagName) && classes.length === 0)
			problems.push({ problem: `<${element.tagName}> needs a cg-d-* class for its colour`, line });
		if (element.tagName === 'text' && !classes.includes('cg-d-text'))
			problems.push({ problem: '<text> needs the class cg-d-text', line });
		for (const child of element.children) if (child.type === 'element') visit(child);
	};
	visit(root);
	return problems.length > 0 ? { problems } : { root, title, description, width, height };
}

/** The element without its comments, which are notes for the next author, not for readers. */
const withoutComments = (element: Element): Element => ({
	...element,
	children: element.children
		.filter((child) => child.type !== 'comment')
		.map((child) => (child.type === 'element' ? withoutComments(child) : child)),
});

/**
 * Renders a checked diagram inline, named by its title and described by its desc (ids from
 * `key`, which must be unique on the page), at its own size.
 */
export function renderDiagram(diagram: ParsedDiagram, key: string): string {
	const [titleId, descId] = [`cg-diagram-${key}-title`, `cg-diagram-${key}-desc`];
	const children = withoutComments(diagram.root).children.map((child) => {
		if (child.type !== 'element' || (child.tagName !== 'title' && child.tagName !== 'desc'))
			return child;
		return {
			...child,
			properties: { ...child.properties, id: child.tagName === 'title' ? titleId : descId },
		};
	});
	const root: Element = {
		...diagram.root,
		properties: {
			...diagram.root.properties,
			// Drawn at its own size on a wide screen (16 units of text are 16 px), smaller on a phone.
			width: diagram.width,
			height: diagram.height,
			role: 'img',
			ariaLabelledBy: [titleId],
			ariaDescribedBy: [descId],
		},
		children,
	};
	return toHtml(root, { space: 'svg' });
}
