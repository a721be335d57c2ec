import { describe, expect, test } from 'vitest';
import {
	getSearchText,
	matchesCatalogueItem,
	parseCatalogueFilter,
	serializeCatalogueFilter,
} from '../../../src/lib/catalogue/filter.ts';

const allowed = { lens: ['', 'it', 'business'], category: ['', 'finance', 'networking'] };
const vpn = {
	fields: { lens: 'it', category: 'networking' },
	text: getSearchText(['VPN', 'Virtual private network', 'work from home access']),
};
const margin = {
	fields: { lens: 'business', category: 'finance' },
	text: getSearchText(['Gross margin', undefined, 'profit per sale']),
};

describe('catalogue filter', () => {
	test('round-trips through the URL and drops values that are not offered', () => {
		const filter = parseCatalogueFilter(
			new URLSearchParams('lens=business&category=finance&q=margin'),
			allowed,
		);
		expect(filter).toEqual({ values: { lens: 'business', category: 'finance' }, query: 'margin' });
		expect(serializeCatalogueFilter(filter)).toBe('?lens=business&category=finance&q=margin');
		expect(parseCatalogueFilter(new URLSearchParams('lens=<script>&category=x'), allowed)).toEqual({
			values: { lens: '', category: '' },
			query: '',
		});
		expect(serializeCatalogueFilter({ values: { lens: '' }, query: '  ' })).toBe('');
	});

	test('matches every set field and every word of the query', () => {
		const filter = (lens: string, category: string, query: string) => ({
			values: { lens, category },
			query,
		});
		expect(matchesCatalogueItem(vpn, filter('it', '', 'home access'))).toBe(true);
		expect(matchesCatalogueItem(vpn, filter('', '', 'private VIRTUAL'))).toBe(true);
		expect(matchesCatalogueItem(vpn, filter('business', '', ''))).toBe(false);
		expect(matchesCatalogueItem(margin, filter('business', 'finance', 'per sale'))).toBe(true);
		expect(matchesCatalogueItem(margin, filter('', '', 'sale tax'))).toBe(false);
	});

	test('matches any of several values of a field', () => {
		const win = { fields: { team: 'it finance' }, text: '' };
		expect(matchesCatalogueItem(win, { values: { team: 'finance' }, query: '' })).toBe(true);
		expect(matchesCatalogueItem(win, { values: { team: 'fin' }, query: '' })).toBe(false);
	});
});
