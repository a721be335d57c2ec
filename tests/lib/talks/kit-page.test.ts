import { expect, test } from 'vitest';
import { buildKitPage, getKitTerms } from '../../../src/lib/talks/kit-page.ts';
import { coffeeVariant, talk } from '../../helpers/entries.ts';

const glossary = [{ id: 'phishing' }, { id: 'vpn' }, { id: 'mfa' }];
const wins = [{ id: '2026-11-20-faster-approvals' }];
const headings = [{ depth: 2, slug: 'before', text: 'Before the session' }];
const sources = {
	headings,
	glossary,
	wins,
	site: 'https://learn.example.org/',
	timeZone: 'Europe/London',
};

test('builds a tech talk kit page: facts, links, agenda, prep, terms and the contents', async () => {
	const page = buildKitPage({
		id: 'spotting-phishing',
		data: talk({
			terms: ['phishing', 'mfa'],
			prep: [
				{ task: 'Book a room.', daysBefore: 14 },
				{ task: 'Print the handout.', daysBefore: 1 },
			],
			location: 'Canteen',
			variants: [coffeeVariant()],
		}),
		...sources,
	});
	await expect(JSON.stringify(page, null, 2)).toMatchFileSnapshot(
		'__snapshots__/kit-page.tech-talk.json',
	);
});

test('a monthly sync shows the wins and how often it repeats, and has no common issues', () => {
	const page = buildKitPage({
		id: 'monthly-sync',
		data: talk({ kind: 'sync', recurrence: 'monthly', slot: 'meeting', commonIssues: [] }),
		...sources,
	});
	expect(page.wins).toEqual(wins);
	expect(page.facts.at(-1)).toEqual({ label: 'Repeats', value: 'Every month' });
	expect(page.sections.map((section) => section.slug)).toEqual([
		'run-it',
		'agenda',
		'wins',
		'preparation',
		'materials',
		'before',
		'follow-up',
	]);
});

test('a kit’s terms come in glossary order, and an unknown id is left out', () => {
	expect(getKitTerms(glossary, ['mfa', 'phishing', 'gone'])).toEqual([
		{ id: 'phishing' },
		{ id: 'mfa' },
	]);
});
