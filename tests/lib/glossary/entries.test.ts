import { describe, expect, test } from 'vitest';
import {
	findTermUsages,
	getIndexLetter,
	getRelatedBothWays,
	groupByLetter,
} from '../../../src/lib/glossary/entries.ts';
import { createMentionFinder } from '../../../src/lib/glossary/matcher.ts';
import { collectTermUsers } from '../../../src/lib/glossary/usages.ts';
import { term } from '../../helpers/entries.ts';

const terms = [
	{ id: 'vpn', data: term({ term: 'VPN', related: ['wi-fi'] }) },
	{ id: 'wi-fi', data: term({ term: 'Wi-Fi', aka: [] }) },
	{ id: 'mfa', data: term({ term: 'MFA', aka: [], related: ['vpn'] }) },
	{ id: '2fa', data: term({ term: '2FA', aka: [] }) },
];

describe('groupByLetter', () => {
	test('keeps every letter, sorts terms and puts digits under #', () => {
		const groups = groupByLetter(terms);
		expect(groups.map((group) => group.letter).join('')).toBe('#ABCDEFGHIJKLMNOPQRSTUVWXYZ');
		expect(groups.find((group) => group.letter === 'V')!.terms.map((t) => t.id)).toEqual(['vpn']);
		expect(groups[0]!.terms.map((t) => t.id)).toEqual(['2fa']);
		expect(getIndexLetter('Éclair')).toBe('E');
	});
});

describe('getRelatedBothWays', () => {
	const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);

	test('keeps the own list apart from the terms that point back', () => {
		const vpn = getRelatedBothWays('vpn', terms);
		expect(ids(vpn.related)).toEqual(['wi-fi']);
		expect(ids(vpn.linkedFrom)).toEqual(['mfa']);
		expect(ids(getRelatedBothWays('wi-fi', terms).linkedFrom)).toEqual(['vpn']);
	});

	test('a term named both ways is listed once, as related', () => {
		const both = [
			{ id: 'a', data: term({ term: 'A', aka: [], related: ['b'] }) },
			{ id: 'b', data: term({ term: 'B', aka: [], related: ['a'] }) },
		];
		expect(getRelatedBothWays('a', both)).toMatchObject({ linkedFrom: [] });
		expect(ids(getRelatedBothWays('a', both).related)).toEqual(['b']);
	});
});

describe('findTermUsages', () => {
	test('lists guides, modules and kits that declare the term', () => {
		const users = collectTermUsers(
			{
				guides: [{ id: 'guides/first-week', data: { title: 'First week', terms: ['vpn'] } }],
				modules: [
					{ id: 'b', data: { title: 'Basics', requires: ['vpn'], defines: [] } },
					{ id: 'c', data: { title: 'Cloud', requires: [], defines: ['saas'] } },
				],
				talks: [{ id: 't', data: { title: 'Remote work', terms: ['vpn'] } }],
			},
			(kind, id) => `/${kind}/${id}/`,
		);
		expect(findTermUsages('vpn', users)).toEqual([
			{ kind: 'guide', title: 'First week', href: '/guides/first-week/' },
			{ kind: 'module', title: 'Basics', href: '/modules/b/' },
			{ kind: 'talk', title: 'Remote work', href: '/talks/t/' },
		]);
		expect(findTermUsages('dns', users)).toEqual([]);
	});

	test('adds the terms a page body mentions when given a finder', () => {
		const users = collectTermUsers(
			{
				guides: [{ id: 'guides/x', body: 'Check your DNS settings.', data: { title: 'X' } }],
				modules: [],
				talks: [],
			},
			(kind, id) => `/${kind}/${id}/`,
			createMentionFinder([{ id: 'dns', term: 'DNS', aka: [], short: 'Names to numbers.' }]),
		);
		expect(findTermUsages('dns', users)).toEqual([
			{ kind: 'guide', title: 'X', href: '/guides/x/' },
		]);
	});
});
