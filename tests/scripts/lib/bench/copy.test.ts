import { describe, expect, test } from 'vitest';
import { copyEntries } from '../../../../scripts/lib/bench/copy.ts';
import { rewriteLinks, unlinkMissing } from '../../../../scripts/lib/bench/links.ts';
import type { CorpusEntry } from '../../../../scripts/lib/bench/model.ts';

const term = (id: string, related: string[] = []): CorpusEntry => ({
	collection: 'glossary',
	id,
	data: {
		term: id.toUpperCase(),
		aka: [`${id} alias`],
		related,
		explanation: `See /glossary/${id}/.`,
	},
});

const originals: CorpusEntry[] = [
	term('api', ['vpn']),
	term('vpn', ['api']),
	{
		collection: 'modules',
		id: 'networks',
		data: { title: 'Networks', prerequisites: [], requires: ['api'], defines: ['vpn'] },
		body: 'A [VPN](/glossary/vpn/) and an [API](/glossary/api/#use), see [x](/glossary/vpnx/).',
	},
	{
		collection: 'paths',
		id: 'start',
		data: {
			title: 'Start',
			weeks: [
				{
					week: 1,
					focus: 'Basics',
					steps: [
						{ kind: 'module', ref: 'networks', owner: 'learner' },
						{ kind: 'guide', ref: 'guides/setup', owner: 'learner' },
						{ kind: 'task', task: 'Meet IT', owner: 'buddy' },
					],
				},
			],
		},
	},
	{ collection: 'guides', id: 'setup', data: { title: 'Setup', terms: ['vpn'] }, body: '' },
];

describe('copyEntries', () => {
	const copies = copyEntries(originals, 2);
	const byId = new Map(copies.map((entry) => [entry.id, entry]));

	test('suffixes ids, glossary names and aliases', () => {
		expect(copies.map((entry) => entry.id)).toEqual([
			'api-c2',
			'vpn-c2',
			'networks-c2',
			'start-c2',
			'setup-c2',
		]);
		expect(byId.get('api-c2')!.data).toMatchObject({ term: 'API c2', aka: ['api alias c2'] });
		expect(byId.get('api-c2')!.copyOf).toBe('api');
	});

	test('points every reference and link at the same copy', () => {
		expect(byId.get('api-c2')!.data).toMatchObject({
			related: ['vpn-c2'],
			explanation: 'See /glossary/api-c2/.',
		});
		expect(byId.get('networks-c2')!.data).toMatchObject({
			requires: ['api-c2'],
			defines: ['vpn-c2'],
		});
		expect(byId.get('networks-c2')!.body).toBe(
			'A [VPN](/glossary/vpn-c2/) and an [API](/glossary/api-c2/#use), see [x](/glossary/vpnx/).',
		);
		expect(byId.get('setup-c2')!.data).toMatchObject({ terms: ['vpn-c2'] });
		const steps = (byId.get('start-c2')!.data.weeks as { steps: unknown[] }[])[0]!.steps;
		expect(steps).toEqual([
			{ kind: 'module', ref: 'networks-c2', owner: 'learner' },
			{ kind: 'guide', ref: 'setup-c2', owner: 'learner' },
			{ kind: 'task', task: 'Meet IT', owner: 'buddy' },
		]);
	});

	test('leaves the originals untouched', () => {
		expect(originals[0]!.data).toMatchObject({ related: ['vpn'], term: 'API' });
	});

	test('a partial copy points at originals for what it did not copy', () => {
		const partial = copyEntries(originals, 3, 0.5);
		expect(partial.map((entry) => entry.id)).toEqual([
			'api-c3',
			'networks-c3',
			'start-c3',
			'setup-c3',
		]);
		expect(partial[0]!.data).toMatchObject({ related: ['vpn'] });
		expect(partial[1]!.data).toMatchObject({ requires: ['api-c3'], defines: ['vpn'] });
	});
});

describe('rewriteLinks', () => {
	test('renames whole ids only, in any link form', () => {
		const rename = (_collection: string, id: string) => (id === 'vpn' ? 'vpn-c1' : id);
		expect(
			rewriteLinks(
				'[a](/glossary/vpn/) [b](../glossary/vpn#x) href="/glossary/vpn" /glossary/vpns/',
				rename,
			),
		).toBe(
			'[a](/glossary/vpn-c1/) [b](../glossary/vpn-c1#x) href="/glossary/vpn-c1" /glossary/vpns/',
		);
	});
});

describe('unlinkMissing', () => {
	test('keeps the text of links to entries that do not exist, and every other link', () => {
		const exists = (_collection: string, id: string) => id === 'vpn';
		expect(
			unlinkMissing(
				'[VPN](/glossary/vpn/), [API](/glossary/api/#x), [sync](../guides/sync/) and [site](https://x.org/)',
				exists,
			),
		).toBe('[VPN](/glossary/vpn/), API, sync and [site](https://x.org/)');
	});
});
