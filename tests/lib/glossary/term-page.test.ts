import { expect, test } from 'vitest';
import { buildTermPages } from '../../../src/lib/glossary/term-page.ts';
import { term } from '../../helpers/entries.ts';

// Schema-checked entries: the helpers parse them with the glossary schema.
const terms = [
	{ id: 'vpn', data: term({ term: 'VPN', related: ['wi-fi'] }) },
	{ id: 'wi-fi', data: term({ term: 'Wi-Fi', aka: [], category: 'networking' }) },
	{ id: 'mfa', data: term({ term: 'MFA', aka: [], related: ['vpn'], lens: 'it' }) },
	{
		id: 'margin',
		data: term({ term: 'Gross margin', aka: [], lens: 'business', category: 'finance' }),
	},
];
const users = [
	{
		kind: 'talk' as const,
		title: 'Working remotely',
		href: '/talks/working-remotely/',
		termIds: ['vpn'],
	},
	{
		kind: 'guide' as const,
		title: 'Your first week',
		href: '/guides/first-week/',
		termIds: ['vpn', 'mfa'],
	},
];

test('builds every term page: reader, related both ways, usages guides first, suggestion link', async () => {
	const pages = buildTermPages(terms, users, 'mailto:help@example.org?subject={title}');
	expect(pages.map((page) => page.params.id)).toEqual(['vpn', 'wi-fi', 'mfa', 'margin']);
	const view = pages.map(({ props }) => ({
		id: props.term.id,
		reader: props.reader,
		category: props.category,
		related: props.related.map((other) => other.id),
		linkedFrom: props.linkedFrom.map((other) => other.id),
		usages: props.usages,
		suggestUrl: props.suggestUrl,
	}));
	await expect(JSON.stringify(view, null, 2)).toMatchFileSnapshot('__snapshots__/term-page.json');
});
