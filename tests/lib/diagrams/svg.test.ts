import { describe, expect, test } from 'vitest';
import { DIAGRAM_CLASSES, parseDiagram, renderDiagram } from '../../../src/lib/diagrams/svg.ts';

const svg = (body: string, viewBox = '0 0 480 200') =>
	`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}">\n<title>Laptop to VPN</title>\n<desc>A laptop connects to the VPN gateway.</desc>\n${body}\n</svg>\n`;
const good = svg(
	'<!-- the laptop -->\n<rect class="cg-d-box" x="10" y="10" width="140" height="60" rx="8"/>\n<text class="cg-d-text cg-d-strong" x="80" y="46" text-anchor="middle">Laptop</text>',
);

describe('parseDiagram', () => {
	test('accepts shapes and text drawn with the vocabulary', () => {
		const parsed = parseDiagram(good);
		expect('problems' in parsed).toBe(false);
		expect(parsed).toMatchObject({
			title: 'Laptop to VPN',
			description: 'A laptop connects to the VPN gateway.',
			width: 480,
			height: 200,
		});
	});

	test.each([
		['a script', svg('<script>alert(1)</script>'), '<script> is not allowed'],
		[
			'an embedded page',
			svg('<foreignObject><p>x</p></foreignObject>'),
			'<foreignObject> is not allowed',
		],
		['a style sheet', svg('<style>rect{fill:red}</style>'), '<style> is not allowed'],
		[
			'a link',
			svg('<a href="https://example.org"><text class="cg-d-text">x</text></a>'),
			'<a> is not allowed',
		],
		[
			'an event handler',
			svg('<rect class="cg-d-box" onclick="alert(1)"/>'),
			'the attribute onclick on <rect>',
		],
		[
			'a hard-coded colour',
			svg('<rect class="cg-d-box" fill="#ff0000"/>'),
			'the attribute fill on <rect>',
		],
		[
			'a style attribute',
			svg('<rect class="cg-d-box" style="fill:red"/>'),
			'the attribute style on <rect>',
		],
		['an id', svg('<rect class="cg-d-box" id="a"/>'), 'the attribute id on <rect>'],
		['an unknown class', svg('<rect class="cg-d-red"/>'), 'the class "cg-d-red"'],
		[
			'a shape without a class',
			svg('<circle cx="5" cy="5" r="4"/>'),
			'<circle> needs a cg-d-* class',
		],
		[
			'text without cg-d-text',
			svg('<text class="cg-d-strong">x</text>'),
			'<text> needs the class cg-d-text',
		],
		[
			'no title and desc',
			'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 480 200"></svg>',
			'a <title>',
		],
		[
			'no viewBox',
			'<svg xmlns="http://www.w3.org/2000/svg"><title>a</title><desc>b</desc></svg>',
			'needs viewBox',
		],
		['a viewBox too wide for a phone', svg('', '0 0 1200 400'), 'the viewBox is 1200 × 400'],
		['two root elements', `${good}<svg></svg>`, 'exactly one <svg>'],
	])('rejects %s', (_, source, problem) => {
		const parsed = parseDiagram(source);
		expect(
			'problems' in parsed && parsed.problems.map((each) => each.problem).join('\n'),
		).toContain(problem);
	});

	test('names the line of the problem', () => {
		const parsed = parseDiagram(svg('<rect class="cg-d-box"/>\n<image href="x.png"/>'));
		expect('problems' in parsed && parsed.problems).toEqual([
			{ problem: expect.stringContaining('<image>') as string, line: 5 },
		]);
	});

	test('every class in the vocabulary says what it draws', () => {
		for (const [name, meaning] of Object.entries(DIAGRAM_CLASSES)) {
			expect(name).toMatch(/^cg-d-[a-z-]+$/);
			expect(meaning.length).toBeGreaterThan(5);
		}
	});
});

describe('renderDiagram', () => {
	test('names the picture by its title, describes it by its desc, and sizes it', () => {
		const parsed = parseDiagram(good);
		if ('problems' in parsed) throw new Error('fixture should parse');
		expect(renderDiagram(parsed, 'route')).toMatchInlineSnapshot(`
			"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 480 200" width="480" height="200" role="img" aria-labelledby="cg-diagram-route-title" aria-describedby="cg-diagram-route-desc">
			<title id="cg-diagram-route-title">Laptop to VPN</title>
			<desc id="cg-diagram-route-desc">A laptop connects to the VPN gateway.</desc>

			<rect class="cg-d-box" x="10" y="10" width="140" height="60" rx="8"></rect>
			<text class="cg-d-text cg-d-strong" x="80" y="46" text-anchor="middle">Laptop</text>
			</svg>"
		`);
	});
});
