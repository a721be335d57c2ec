import { describe, expect, test } from 'vitest';
import { findUndefinedJargon, findUnknownAcronyms } from '../../../src/lib/glossary/jargon.ts';

describe('findUnknownAcronyms', () => {
	const known = new Set(['VPN', 'IT', 'P&L']);

	test('reports unknown acronyms with their line', () => {
		expect(
			findUnknownAcronyms(
				[
					{
						text: 'Ask IT about the VPN.\nThe SLA and the RPO matter,\nso do 2FA and B2B.',
						line: 10,
					},
				],
				known,
			),
		).toEqual([
			{ word: 'SLA', line: 11 },
			{ word: 'RPO', line: 11 },
			{ word: '2FA', line: 12 },
			{ word: 'B2B', line: 12 },
		]);
	});

	test('accepts an acronym that begins a known multi-word term', () => {
		expect(
			findUnknownAcronyms(
				[{ text: 'Your IP address and the IP rules.', line: 1 }],
				new Set(['IP address']),
			),
		).toEqual([{ word: 'IP', line: 1 }]);
	});

	test('ignores known terms, single capitals, normal words and parts of longer words', () => {
		expect(
			findUnknownAcronyms(
				[{ text: 'A P&L, I, Hello, SaaS, VPNs, my-ABC-id, file.PDF', line: 1 }],
				known,
			),
		).toEqual([]);
	});
});

describe('findUnknownAcronyms, more cases', () => {
	const known = new Set(['FY', 'PCI DSS', 'CI/CD']);

	test('a known acronym with a number after it, one inside a known name, one spelt out in place', () => {
		expect(
			findUnknownAcronyms(
				[
					{ text: 'Budget for FY26. We follow PCI DSS and CI/CD.', line: 1 },
					{ text: 'On-target earnings, or OTE, and service level (SLO).', line: 2 },
				],
				known,
			),
		).toEqual([]);
	});

	test('the same acronym on its own still counts as unknown', () => {
		expect(findUnknownAcronyms([{ text: 'Ask about DSS and OTE.', line: 3 }], known)).toEqual([
			{ word: 'DSS', line: 3 },
			{ word: 'OTE', line: 3 },
		]);
	});
});

describe('findUndefinedJargon', () => {
	test('finds listed words without a term or alias, whatever the spelling or plural', () => {
		const list = [
			{ word: 'go-live', line: 2 },
			{ word: 'Month end', line: 3 },
			{ word: 'shadow IT', line: 4 },
		];
		expect(findUndefinedJargon(list, ['Go live', 'Month-ends'])).toEqual([
			{ word: 'shadow IT', line: 4 },
		]);
	});
});
