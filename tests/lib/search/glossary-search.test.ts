import { describe, expect, test } from 'vitest';
import { createGlossarySearch, type SearchEntry } from '../../../src/lib/search/glossary-search.ts';

const entry = (id: string, term: string, extra: Partial<SearchEntry> = {}): SearchEntry => ({
	id,
	term,
	aka: [],
	phrases: [],
	definition: '',
	...extra,
});

const search = createGlossarySearch([
	entry('vpn', 'VPN', {
		aka: ['Virtual private network'],
		phrases: ['work from home access'],
		definition: 'secure private connection device organisation network home road',
	}),
	entry('sso', 'SSO', { aka: ['Single sign-on'], phrases: ['one login for everything'] }),
	entry('peripheral', 'Peripheral', { aka: ['Computer accessories'] }),
	entry('p-and-l', 'P&L', { aka: ['Profit and loss statement'] }),
	entry('wi-fi', 'Wi-Fi', { aka: ['Wireless network'] }),
	entry('firewall', 'Firewall', { definition: 'filter traffic network' }),
	entry('sla', 'SLA', { aka: ['Service level agreement'] }),
	entry('capex', 'Capex', { aka: ['Capital expenditure'] }),
	entry('opex', 'Opex', { aka: ['Operating expenditure'] }),
	entry('malware', 'Malware', {
		aka: ['Computer virus'],
		definition: 'software harm viruses spyware ransomware',
	}),
	entry('annual-leave', 'Annual leave', { phrases: ['holiday', 'book time off'] }),
	entry('acceptable-use-policy', 'Acceptable use policy', { aka: ['AUP'] }),
	entry('incident', 'Incident'),
	entry('invoice', 'Invoice'),
	entry('ram', 'RAM', { aka: ['Random access memory'] }),
]);
const first = (query: string) => search(query).answers[0]?.id;

describe('createGlossarySearch', () => {
	test.each([
		['VPN', 'vpn'],
		['virtual private network', 'vpn'],
		['work from home access', 'vpn'],
		['sso', 'sso'],
		['P & L', 'p-and-l'],
		['wi fi', 'wi-fi'],
		['wifi', 'wi-fi'],
	])('a name, alias or phrase in any spelling: %s', (query, id) => {
		expect(first(query)).toBe(id);
		expect(search(query).answers[0]!.match).not.toBe('words');
	});

	test.each([
		['SLAs', 'sla'],
		['invoices', 'invoice'],
		['what is an SLA?', 'sla'],
		['what does SSO stand for', 'sso'],
		['firewall meaning', 'firewall'],
	])('a plural or a question around a name: %s', (query, id) => {
		expect(first(query)).toBe(id);
	});

	test('a typo of one or two letters in a name of five letters or more', () => {
		expect(first('firwall')).toBe('firewall');
		expect(first('incidnet')).toBe('incident');
		expect(first('invoce')).toBe('invoice');
	});

	test('no typo allowed in a short name, so unrelated short words do not answer', () => {
		expect(search('vpm').answers).toEqual([]);
		expect(search('rat').answers.map((hit) => hit.id)).not.toContain('ram');
	});

	test('a prefix of three letters or more, while typing', () => {
		expect(first('firew')).toBe('firewall');
		expect(first('annual le')).toBe('annual-leave');
		expect(search('fi').answers).toEqual([]);
	});

	test('a whole-word name beats a name that merely contains the letters', () => {
		expect(search('sso').answers.map((hit) => hit.id)).toEqual(['sso']);
	});

	test('a comparison answers with both sides, in the order asked', () => {
		expect(search('capex vs opex').answers.map((hit) => hit.id)).toEqual(['capex', 'opex']);
	});

	test('an everyday description finds the term through its words', () => {
		expect(first('virus on my computer')).toBe('malware');
		expect(first('harmful software like spyware')).toBe('malware');
	});

	test('a query that only shares a word with a term gets no answer, only the nearest terms', () => {
		const outcome = search('holiday policy');
		expect(outcome.answers).toEqual([]);
		expect(outcome.nearest.map((hit) => hit.id)).toEqual(
			expect.arrayContaining(['annual-leave', 'acceptable-use-policy']),
		);
		expect(search('lunch menu')).toMatchObject({ answers: [], nearest: [] });
	});

	test('at most three answers', () => {
		expect(search('computer').answers.length).toBeLessThanOrEqual(3);
	});

	test('an empty or punctuation-only query gives nothing', () => {
		expect(search('')).toEqual({ answers: [], nearest: [], matches: [] });
		expect(search(' ?! ')).toEqual({ answers: [], nearest: [], matches: [] });
	});
});
