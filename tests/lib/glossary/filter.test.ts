import { describe, expect, test } from 'vitest';
import {
	getFilterText,
	matchesFilter,
	parseFilter,
	serializeFilter,
} from '../../../src/lib/glossary/filter.ts';

const vpn = {
	lens: 'it',
	category: 'networking',
	text: getFilterText({
		term: 'VPN',
		aka: ['Virtual private network'],
		phrases: ['work from home access'],
	}),
};
const margin = {
	lens: 'business',
	category: 'finance',
	text: getFilterText({ term: 'Gross margin', aka: [], phrases: ['profit per sale'] }),
};

describe('glossary filter', () => {
	test('round-trips through the URL and drops unknown values', () => {
		const filter = parseFilter(new URLSearchParams('lens=business&category=finance&q=margin'));
		expect(filter).toEqual({ lens: 'business', category: 'finance', query: 'margin' });
		expect(serializeFilter(filter)).toBe('?lens=business&category=finance&q=margin');
		expect(parseFilter(new URLSearchParams('lens=<script>&category=x'))).toEqual({
			lens: '',
			category: '',
			query: '',
		});
		expect(serializeFilter({ lens: '', category: '', query: '  ' })).toBe('');
	});

	test('matches lens, category and every word of the query in term, aliases and phrases', () => {
		const filter = (lens: '' | 'it' | 'business', category: '' | 'finance', query: string) => ({
			lens,
			category,
			query,
		});
		expect(matchesFilter(vpn, filter('it', '', 'home access'))).toBe(true);
		expect(matchesFilter(vpn, filter('', '', 'private VIRTUAL'))).toBe(true);
		expect(matchesFilter(vpn, filter('business', '', ''))).toBe(false);
		expect(matchesFilter(margin, filter('business', 'finance', 'per sale'))).toBe(true);
		expect(matchesFilter(margin, filter('', '', 'sale tax'))).toBe(false);
	});
});
