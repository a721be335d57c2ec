import { describe, expect, test } from 'vitest';
import { findProsePassages, findYamlPassages } from '../../../scripts/lib/prose-passages.ts';

describe('findProsePassages', () => {
	test('keeps prose with line numbers and leaves out frontmatter, code and link targets', () => {
		const source =
			"---\ntitle: X\nterms: [ABC]\n---\n\nimport { A } from '~/x';\n\nRead the [SOP](/SOP/) now.\n\n```\nXYZ\n```\n\nUse `DEF` and GHI.";
		expect(findProsePassages(source)).toEqual([
			{ text: 'Read the ', line: 8 },
			{ text: 'SOP', line: 8 },
			{ text: ' now.', line: 8 },
			{ text: 'Use ', line: 14 },
			{ text: ' and GHI.', line: 14 },
		]);
	});
});

describe('findYamlPassages', () => {
	test('keeps the named fields, their indented blocks, and leaves out fenced code', () => {
		const source = [
			'term: ABC',
			'short: "One line about DEF."',
			'explanation: |',
			'  First GHI line.',
			'',
			'  ```sql',
			'  SELECT x FROM y;',
			'  ```',
			'  Last JKL line.',
			'example: "MNO at work."',
			'related: [pqr]',
			'weeks:',
			'  - week: 1',
			'    focus: STU setup',
		].join('\n');
		expect(
			findYamlPassages(source, ['short', 'explanation', 'example', 'focus']).map((p) => [
				p.line,
				p.text.trim(),
			]),
		).toEqual([
			[2, '"One line about DEF."'],
			[4, 'First GHI line.'],
			[5, ''],
			[9, 'Last JKL line.'],
			[10, '"MNO at work."'],
			[14, 'STU setup'],
		]);
	});
});
