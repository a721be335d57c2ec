import { describe, expect, test } from 'vitest';
import {
	getStepKey,
	resolvePathWeeks,
	sumPathMinutes,
} from '../../../src/lib/learning-paths/steps.ts';
import { createStepLookup } from '../../../src/lib/learning-paths/lookup.ts';
import { path } from '../../helpers/entries.ts';

const lookup = createStepLookup(
	{
		modules: [{ id: 'basics', data: { title: 'Basics', minutes: 20 } }],
		guides: [{ id: 'guides/first-week', data: { title: 'First week' } }],
		talks: [{ id: 'phish', data: { title: 'Phishing', minutes: 40 } }],
		glossary: [{ id: 'vpn', data: { term: 'VPN' } }],
	},
	(kind, id) => `/${kind}/${id}/`,
);

const sample = path({
	weeks: [
		{
			week: 1,
			focus: 'Start',
			steps: [
				{ kind: 'module', ref: 'basics', owner: 'learner' },
				{ kind: 'guide', ref: 'first-week', owner: 'learner' },
				{ kind: 'talk', ref: 'phish', owner: 'learner' },
				{ kind: 'term', ref: 'vpn', owner: 'buddy' },
				{ kind: 'task', task: 'Meet IT', owner: 'manager' },
			],
		},
	],
});

describe('resolvePathWeeks', () => {
	test('resolves titles, links, minutes and stable keys', () => {
		const weeks = resolvePathWeeks(sample, lookup);
		expect(weeks[0]!.steps.map(({ label, href, key }) => `${key} ${label} ${href ?? '-'}`)).toEqual(
			[
				'module-basics Basics /modules/basics/',
				'guide-first-week First week /guides/first-week/',
				'talk-phish Phishing /talks/phish/',
				'term-vpn VPN /glossary/vpn/',
				'task-meet-it Meet IT -',
			],
		);
		expect(sumPathMinutes(weeks)).toBe(60);
		expect(
			getStepKey({ kind: 'task', task: 'Meet your IT contact — in person!', owner: 'manager' }),
		).toBe('task-meet-your-it-contact-in-person');
		expect(getStepKey({ kind: 'guide', ref: 'guides/first-week', owner: 'learner' })).toBe(
			'guide-first-week',
		);
	});

	test('throws on a reference that validation should have caught', () => {
		const broken = path({
			weeks: [{ week: 1, focus: 'x', steps: [{ kind: 'module', ref: 'nope', owner: 'learner' }] }],
		});
		expect(() => resolvePathWeeks(broken, lookup)).toThrow(
			'path step module-nope: no module "nope"',
		);
	});
});
