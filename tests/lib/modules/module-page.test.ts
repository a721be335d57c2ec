import { expect, test } from 'vitest';
import { buildModulePage } from '../../../src/lib/modules/module-page.ts';
import { module } from '../../helpers/entries.ts';

const modules = [
	{ id: 'network-basics', data: module() },
	{
		id: 'security-basics',
		data: module({
			title: 'Security basics',
			level: 'core',
			prerequisites: ['network-basics'],
			requires: ['vpn'],
			defines: ['mfa'],
		}),
	},
	{ id: 'money', data: module({ title: 'Money', track: 'business-for-it' }) },
];
const glossary = [{ id: 'vpn' }, { id: 'mfa' }, { id: 'sso' }];
const paths = [
	{
		id: 'new-hire',
		title: 'New hire',
		href: '/paths/new-hire/',
		steps: [
			{
				kind: 'module' as const,
				key: 'module-security-basics',
				ref: 'security-basics',
				owner: 'learner' as const,
				label: 'Security basics',
			},
		],
	},
	{ id: 'other', title: 'Other', href: '/paths/other/', steps: [] },
];

test('builds a module page: facts, what to take first, its terms, neighbours in the track and paths', async () => {
	const page = buildModulePage(modules[1]!, { modules, glossary, paths });
	expect(page.prerequisites.map((other) => other.id)).toEqual(['network-basics']);
	expect(page.terms.map((term) => term.id)).toEqual(['vpn', 'mfa']);
	expect(page.paths.map((path) => path.id)).toEqual(['new-hire']);
	await expect(
		JSON.stringify(
			{ ...page, prerequisites: page.prerequisites.map((other) => other.id) },
			null,
			2,
		),
	).toMatchFileSnapshot('__snapshots__/module-page.json');
});
