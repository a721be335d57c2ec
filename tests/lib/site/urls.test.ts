import { describe, expect, test } from 'vitest';
import { getEntryHref, withBase } from '../../../src/lib/site/urls.ts';

describe('site links', () => {
	test.each([
		['glossary/vpn/', '/', '/glossary/vpn/'],
		['/glossary/vpn/', '/', '/glossary/vpn/'],
		['glossary/vpn/', '/learning/', '/learning/glossary/vpn/'],
		['/talks/x.ics', '/learning', '/learning/talks/x.ics'],
		['', '/learning/', '/learning/'],
	])('puts %s below the base %s', (path, base, href) => expect(withBase(path, base)).toBe(href));

	test('links an entry to its page below the configured base', () => {
		expect(getEntryHref('modules', 'security-basics')).toBe('/modules/security-basics/');
		expect(getEntryHref('guides', 'escalating-well')).toBe('/guides/escalating-well/');
	});
});
