import { describe, expect, test } from 'vitest';
import { findUnknownAcronyms } from '../../../src/lib/glossary/jargon.ts';

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
