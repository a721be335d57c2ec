import { describe, expect, test } from 'vitest';
import { findBusinessPassages, isBusinessFacing } from '../../../scripts/lib/business-pages.ts';

describe('isBusinessFacing', () => {
	test.each([
		[{ audience: 'business' }, true],
		[{ audience: 'new-hires' }, true],
		[{ audience: 'it' }, false],
		[{ track: 'it-for-business' }, true],
		[{ track: 'business-for-it' }, false],
		[{ kind: 'tech-talk' }, true],
		[{ kind: 'briefing' }, false],
	])('%o → %s', (data, expected) => expect(isBusinessFacing(data)).toBe(expected));
});

describe('findBusinessPassages', () => {
	test('keeps prose with line numbers and leaves out frontmatter, code and link targets', () => {
		const source =
			"---\ntitle: X\nterms: [ABC]\n---\n\nimport { A } from '~/x';\n\nRead the [SOP](/SOP/) now.\n\n```\nXYZ\n```\n\nUse `DEF` and GHI.";
		expect(findBusinessPassages(source)).toEqual([
			{ text: 'Read the ', line: 8 },
			{ text: 'SOP', line: 8 },
			{ text: ' now.', line: 8 },
			{ text: 'Use ', line: 14 },
			{ text: ' and GHI.', line: 14 },
		]);
	});
});
