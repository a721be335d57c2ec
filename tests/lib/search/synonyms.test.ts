import MiniSearch from 'minisearch';
import { stemmer } from 'stemmer';
import { describe, expect, test } from 'vitest';
import {
	allowedTypos,
	createGlossarySearch,
	type SearchEntry,
} from '../../../src/lib/search/glossary-search.ts';
import { processToken } from '../../../src/lib/search/query.ts';
import { getSynonymForm, synonymGroups } from '../../../src/lib/search/synonyms.ts';

describe('getSynonymForm', () => {
	test.each([
		['laptop', 'laptop', '~laptop'],
		['computers', 'comput', '~laptop'],
		['mobile', 'mobil', '~phone'],
		['stolen', 'stolen', '~lost'],
		['chatgpt', 'chatgpt', '~ai'],
		['monitor', 'monitor', undefined],
		['client', 'client', undefined],
	])('%s gives %s', (word, stem, form) => {
		expect(getSynonymForm(word, stem)).toBe(form);
	});

	test('a word, or its stem, is in one group at most', () => {
		const keys = synonymGroups.flatMap((words) => [
			...new Set(words.flatMap((word) => [word, stemmer(word)])),
		]);
		expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
	});

	test('no group form is a typo or the start of another, so the search never mixes two groups', () => {
		const forms = synonymGroups.map((words) => `~${words[0]}`);
		const index = new MiniSearch<{ id: string }>({
			fields: ['id'],
			tokenize: (text) => [text],
			processTerm: (term) => term,
		});
		index.addAll(forms.map((id) => ({ id })));
		for (const form of forms)
			expect(
				index
					.search(form, { fuzzy: (term) => allowedTypos(term), prefix: true })
					.map((hit) => String(hit.id)),
			).toEqual([form]);
	});

	test('adds the group form before the word and its stem', () => {
		expect(processToken('computers')).toEqual(['~laptop', 'computers', 'comput']);
		expect(processToken('ai')).toEqual(['~ai', 'ai']);
		expect(processToken('invoice')).toEqual(['invoice', 'invoic']);
	});
});

describe('searching in other words', () => {
	const entry = (id: string, term: string, phrases: string[]): SearchEntry => ({
		id,
		term,
		aka: [],
		phrases,
		definition: '',
	});
	const search = createGlossarySearch([
		entry('remote-wipe', 'Remote wipe', ['lost my phone', 'stolen laptop']),
		entry('hybrid-cloud', 'Hybrid cloud', ['own servers and the cloud together']),
		entry('ai-policy', 'AI policy', ['which ai tools may i use']),
		entry('screen-lock', 'Screen lock', ['lock my computer']),
	]);
	const first = (query: string) => search(query).answers[0]?.id;

	test.each([
		['mobile got stolen', 'remote-wipe'],
		['misplaced my pc', 'remote-wipe'],
		['our servers and aws together', 'hybrid-cloud'],
		['which chatgpt tools may i use', 'ai-policy'],
		['lock my laptop', 'screen-lock'],
	])('"%s" answers %s', (query, id) => {
		expect(first(query)).toBe(id);
	});
});
