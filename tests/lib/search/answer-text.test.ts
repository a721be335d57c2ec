import { getTermHref } from '../../../src/lib/glossary/links.ts';
import { describe, expect, test } from 'vitest';
import { buildSuggestTermUrl, describeAnswer } from '../../../src/lib/search/answer-text.ts';

const vpn = { id: 'vpn', term: 'VPN', lens: 'it' as const, short: 'A secure connection.' };
const sso = { id: 'sso', term: 'SSO', lens: 'it' as const, short: 'One sign-in.' };

describe('describeAnswer', () => {
	test('reads the best answer in full and names the others', () => {
		expect(describeAnswer('vpn', [vpn, sso], [])).toBe(
			'Glossary: VPN. A secure connection. Also: SSO.',
		);
	});

	test('says plainly when nothing matches, with the nearest terms', () => {
		expect(describeAnswer('lunch menu', [], [sso])).toBe(
			'No glossary term matches “lunch menu”. Nearest terms: SSO.',
		);
		expect(describeAnswer('  ', [], [])).toBe('');
	});
});

describe('links', () => {
	test('the suggestion carries the query in the subject', () => {
		expect(buildSuggestTermUrl('mailto:x@example.org?subject={title}', ' lunch menu ')).toBe(
			'mailto:x@example.org?subject=Glossary%3A%20please%20add%20%22lunch%20menu%22',
		);
	});

	test('term pages sit below the base path', () => {
		expect(getTermHref('/', 'vpn')).toBe('/glossary/vpn/');
		expect(getTermHref('/learning/', 'vpn')).toBe('/learning/glossary/vpn/');
	});
});
