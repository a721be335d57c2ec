import { describe, expect, test } from 'vitest';
import {
	compactName,
	normaliseText,
	parseQuery,
	processToken,
	tokenize,
} from '../../../src/lib/search/query.ts';

describe('normaliseText and compactName', () => {
	test('fold case, accents, quotes and spaces', () => {
		expect(normaliseText('  Café  “Wi-Fi”  ')).toBe('cafe "wi-fi"');
	});

	test.each([
		['P & L', 'pandl'],
		['p&l', 'pandl'],
		['P and L', 'pandl'],
		['Wi-Fi', 'wifi'],
		['wi fi', 'wifi'],
		['e-mail', 'email'],
		['1:1', '11'],
	])('%s → %s', (name, compact) => {
		expect(compactName(name)).toBe(compact);
	});
});

describe('tokenize and processToken', () => {
	test('a hyphenated word gives its parts and its joined form', () => {
		expect(tokenize('log-in to wi-fi')).toEqual(['log', 'in', 'login', 'to', 'wi', 'fi', 'wifi']);
	});

	test('stopwords go; other words keep their form and gain their stem', () => {
		expect(processToken('the')).toBeNull();
		expect(processToken('policies')).toEqual(['policies', 'polici']);
		expect(processToken('vpn')).toEqual(['vpn']);
		expect(processToken('owes')).toEqual(['owes', 'ow']);
		expect(processToken('owe')).toEqual(['owe', 'ow']);
	});
});

describe('parseQuery', () => {
	test.each([
		['What is a KPI?', ['kpi']],
		['what does ERP stand for', ['erp']],
		["what's a vpn", ['vpn']],
		['OKR meaning', ['okr']],
		['meaning of ebitda', ['ebitda']],
		['how does a VPN work?', ['vpn']],
		['ROI calculation', ['roi']],
		['define churn', ['churn']],
		['capex vs opex', ['capex', 'opex']],
		['difference between capex and opex', ['capex', 'opex']],
		['laptop got a virus', ['laptop got a virus']],
		['  ?  ', []],
	])('%s', (query, parts) => {
		expect(parseQuery(query)).toEqual(parts);
	});

	test('keeps a comparison whole when it is itself a name', () => {
		const isName = (text: string) => text === 'budget vs actuals';
		expect(parseQuery('Budget vs actuals', isName)).toEqual(['budget vs actuals']);
		expect(parseQuery('What is budget vs actuals?', isName)).toEqual(['budget vs actuals']);
		expect(parseQuery('capex vs opex', isName)).toEqual(['capex', 'opex']);
	});
});
