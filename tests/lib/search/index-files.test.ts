import { describe, expect, test } from 'vitest';
import {
	buildCardFiles,
	buildSearchIndex,
	countCardFiles,
	getCardFileNumber,
	getDefinitionWords,
	getSearchNames,
	type IndexedTerm,
	parseSearchIndex,
	readCard,
} from '../../../src/lib/search/index-files.ts';

const vpn: IndexedTerm = {
	id: 'vpn',
	term: 'VPN',
	aka: ['Virtual private network', 'VPNs', 'V.P.N.'],
	phrases: ['work from home access'],
	short: 'A secure, private connection from your device to the work network.',
	lens: 'it',
};
const margin: IndexedTerm = {
	id: 'gross-margin',
	term: 'Gross margin',
	aka: [],
	phrases: [],
	short: 'The share of each sale left after its direct cost.',
	lens: 'business',
};

describe('the search index', () => {
	test('keeps only the names that are not another spelling of an earlier one', () => {
		expect(getSearchNames(vpn)).toEqual(['VPN', 'Virtual private network']);
	});

	test('keeps the definition words that names and phrases do not already hold', () => {
		expect(getDefinitionWords(vpn)).toBe('secure connection device');
	});

	test('is two plain-text files by id, names first, and reads back into what the search needs', () => {
		const files = buildSearchIndex([vpn, margin]);
		expect(files.names).toBe('1\ngross-margin\tGross margin\nvpn\tVPN|Virtual private network');
		expect(files.words).toBe(
			'\tshare sale left after direct cost\nwork from home access\tsecure connection device',
		);
		const vpnEntry = {
			id: 'vpn',
			term: 'VPN',
			aka: ['Virtual private network'],
			phrases: ['work from home access'],
			definition: 'secure connection device',
		};
		expect(parseSearchIndex(files.names, files.words)).toEqual({
			cardFiles: 1,
			entries: [
				{
					id: 'gross-margin',
					term: 'Gross margin',
					aka: [],
					phrases: [],
					definition: 'share sale left after direct cost',
				},
				vpnEntry,
			],
		});
		expect(parseSearchIndex(files.names).entries[1]).toEqual({
			...vpnEntry,
			phrases: [],
			definition: '',
		});
	});

	test('refuses a name that would break its format, naming it', () => {
		expect(() => buildSearchIndex([{ ...vpn, phrases: ['home | office'] }])).toThrow(
			'A glossary name or phrase contains a tab, line break or "|": home | office',
		);
	});
});

describe('the card files', () => {
	test('spread the terms over files of a few dozen, each term in the file its id hashes to', () => {
		expect(countCardFiles(1)).toBe(1);
		expect(countCardFiles(480)).toBe(20);
		const terms = Array.from({ length: 100 }, (_, i) => ({ ...margin, id: `term-${i}` }));
		const files = buildCardFiles(terms);
		expect(files).toHaveLength(5);
		for (const term of terms)
			expect(readCard(files[getCardFileNumber(term.id, files.length)]!, term.id)).toEqual({
				id: term.id,
				term: 'Gross margin',
				lens: 'business',
				short: margin.short,
			});
		expect(Math.max(...files.map((file) => Object.keys(file).length))).toBeLessThan(40);
	});

	test('the file number is stable and within range', () => {
		expect(getCardFileNumber('vpn', 7)).toBe(getCardFileNumber('vpn', 7));
		expect(getCardFileNumber('vpn', 1)).toBe(0);
		expect(readCard({}, 'vpn')).toBeUndefined();
	});
});
