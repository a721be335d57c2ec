import { describe, expect, test } from 'vitest';
import { getLinkedTermId, getTermHref } from '../../../src/lib/glossary/links.ts';

describe('links to glossary terms', () => {
	test.each([
		['/glossary/vpn/', 'vpn'],
		['/learning/glossary/vpn', 'vpn'],
		['glossary/single-sign-on/#example', 'single-sign-on'],
		['/guides/vpn/', undefined],
		['/glossary/', undefined],
		['https://example.org/glossary/vpn/extra', undefined],
	])('reads %s as %s', (url, id) => expect(getLinkedTermId(url)).toBe(id));

	test('builds a term page below the base path', () => {
		expect(getTermHref('/', 'vpn')).toBe('/glossary/vpn/');
		expect(getTermHref('/learning/', 'vpn')).toBe('/learning/glossary/vpn/');
	});
});
