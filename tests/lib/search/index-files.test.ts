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
	parseWordFile,
	readCard,
} from '../../../src/lib/search/index-files.ts';
import {
	countWordFiles,
	getPhraseFileNumber,
	getWordFileNumber,
	getWordFileNumbers,
} from '../../../src/lib/search/word-records.ts';

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

	test('is a names file and word files, by id, that read back into what the search needs', () => {
		const files = buildSearchIndex([vpn, margin]);
		expect(files.names).toBe(
			'1 1\ngross-margin\tGross margin\t0 6\nvpn\tVPN|Virtual private network\t4 3',
		);
		expect(files.words).toEqual([
			[
				'access\t1;',
				'after\t;0',
				'connection\t;1',
				'cost\t;0',
				'device\t;1',
				'direct\t;0',
				'home\t1;',
				'left\t;0',
				'sale\t;0',
				'secure\t;1',
				'share\t;0',
				'work\t1;',
				'=workfromhomeaccess\t1',
				'~1\twork home access',
			].join('\n'),
		]);
		expect(parseSearchIndex(files.names)).toEqual({
			cardFiles: 1,
			wordFiles: 1,
			entries: [
				{ id: 'gross-margin', term: 'Gross margin', aka: [], lengths: [0, 6] },
				{ id: 'vpn', term: 'VPN', aka: ['Virtual private network'], lengths: [4, 3] },
			],
		});
		const records = parseWordFile(files.words[0]!);
		expect(records.postings.get('work')).toEqual([[2, 1, 1]]);
		expect(records.phrases.get('workfromhomeaccess')).toEqual([1]);
		expect(records.sets).toEqual([[1, ['work', 'home', 'access']]]);
	});

	test('reads a repeated word and a word in two fields back with their counts', () => {
		expect(parseWordFile('cost\t0*3;4').postings.get('cost')).toEqual([
			[2, 0, 3],
			[3, 4, 1],
		]);
	});

	test('splits the words over a file per two terms, and a query names the files of its words', () => {
		const many = Array.from({ length: 40 }, (_, index) => ({
			...margin,
			id: `term-${index}`,
			term: `Term ${index}`,
			phrases: [`phrase number ${index}`],
		}));
		const files = buildSearchIndex(many);
		expect(files.words).toHaveLength(countWordFiles(40));
		expect(countWordFiles(40)).toBe(20);
		// Each word's records sit in the files the query for it names, and nowhere else matters.
		for (const word of ['phrase', 'number', 'share', 'direct']) {
			const numbers = getWordFileNumbers(word, files.words.length);
			expect(numbers.some((number) => files.words[number]!.includes(`${word}\t`))).toBe(true);
		}
		// A question's frame adds no files: "what is" are stopwords.
		expect(getWordFileNumbers('what is direct cost', 10)).toEqual(
			getWordFileNumbers('direct cost', 10),
		);
		// A plural and its singular share their word file (three letters choose it).
		expect(getWordFileNumber('policies', 10)).toBe(getWordFileNumber('policy', 10));
		// A query also names the file of its phrase whole.
		expect(getWordFileNumbers('direct cost', 10)).toContain(getPhraseFileNumber('directcost', 10));
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
