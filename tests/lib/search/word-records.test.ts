import { describe, expect, test } from 'vitest';
import {
	buildWordRecords,
	countWordFiles,
	getPhraseFileNumber,
	getWordFileNumber,
	getWordFileNumbers,
	mergeWordRecords,
	type SearchEntry,
	splitWordRecords,
	stemSet,
	toNameEntry,
} from '../../../src/lib/search/word-records.ts';

const vpn: SearchEntry = {
	id: 'vpn',
	term: 'VPN',
	aka: ['Virtual private network'],
	phrases: ['work from home access', 'Work from home access'],
	definition: 'secure connection device',
};
const leave: SearchEntry = {
	id: 'annual-leave',
	term: 'Annual leave',
	aka: [],
	phrases: ['holiday', 'book time off'],
	definition: 'paid days away from work',
};

describe('word records', () => {
	test('hold where each word occurs, each phrase once, and the words of longer phrases', () => {
		const records = buildWordRecords([vpn, leave]);
		expect(records.postings.get('work')).toEqual([
			[2, 0, 2],
			[3, 1, 1],
		]);
		expect(records.postings.has('from')).toBe(false);
		expect([...records.phrases]).toEqual([
			['workfromhomeaccess', [0]],
			['holiday', [1]],
			['booktimeoff', [1]],
		]);
		expect(records.sets).toEqual([
			[0, ['work', 'home', 'access']],
			[0, ['work', 'home', 'access']],
			[1, ['book', 'time']],
		]);
	});

	test('a name entry carries the field lengths MiniSearch needs (distinct tokens, stopwords too)', () => {
		expect(toNameEntry(vpn).lengths).toEqual([4, 3]);
		expect(stemSet('holiday')).toBeUndefined();
	});

	test('split into files and merged back, are the records again', () => {
		const records = buildWordRecords([vpn, leave]);
		const merged = mergeWordRecords(splitWordRecords(records, 7));
		expect(new Map([...merged.postings].sort())).toEqual(new Map([...records.postings].sort()));
		expect(new Map([...merged.phrases].sort())).toEqual(new Map([...records.phrases].sort()));
		expect([...merged.sets].sort()).toEqual([...records.sets].sort());
	});

	test('a word, its endings and its half-typed start from three letters share a file', () => {
		const files = countWordFiles(300);
		expect(files).toBe(150);
		expect(getWordFileNumber('invoices', files)).toBe(getWordFileNumber('inv', files));
		// Words under three letters, and a word on its way to three, share one file.
		expect(getWordFileNumber('hr', files)).toBe(getWordFileNumber('i', files));
		// A question is looked up by the term inside it: its word file, and its phrase file.
		expect(getWordFileNumbers('What does HR stand for?', files)).toEqual(
			[getWordFileNumber('hr', files), getPhraseFileNumber('hr', files)].sort((a, b) => a - b),
		);
	});
});
