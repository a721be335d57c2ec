import type { GlossaryInput } from '../../src/schemas/glossary.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { moduleSchema } from '../../src/schemas/modules.ts';
import { talkSchema } from '../../src/schemas/talks.ts';
import { pathSchema } from '../../src/schemas/paths.ts';

// Builders for valid entries; every one goes through the real schema so fixtures cannot drift.

const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');

/** Raw glossary input that passes the schema. */
export const rawTerm = (overrides: Partial<GlossaryInput> = {}): Record<string, unknown> => ({
	term: 'VPN',
	aka: ['Virtual private network'],
	lens: 'it',
	category: 'networking',
	short: 'A secure connection to the office network.',
	explanation: words(80),
	example: 'Is it only on the VPN?',
	whyItMatters: 'Internal tools need it.',
	phrases: ['work from home access'],
	related: [],
	reviewed: '2026-11-01',
	...overrides,
});

/** A parsed glossary entry. */
export const term = (overrides: Partial<GlossaryInput> = {}) =>
	glossarySchema.parse(rawTerm(overrides));

const question = {
	question: 'Q?',
	choices: [
		{ text: 'A', correct: true, why: 'Because.' },
		{ text: 'B', correct: false, why: 'Because not.' },
	],
};

/** Raw module frontmatter that passes the schema. */
export const rawModule = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
	title: 'Network basics',
	description: 'How your laptop connects.',
	track: 'it-for-business',
	level: 'intro',
	minutes: 20,
	objectives: ['One', 'Two'],
	quiz: [question, question, question, question, question, question],
	reviewed: '2026-11-01',
	...overrides,
});

/** A parsed module. */
export const module = (overrides: Record<string, unknown> = {}) =>
	moduleSchema.parse(rawModule(overrides));

/** Raw talk frontmatter that passes the schema. */
export const rawTalk = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
	title: 'Spotting phishing',
	description: 'A lunch talk.',
	kind: 'tech-talk',
	direction: 'it-to-business',
	audience: 'Everyone',
	minutes: 30,
	slot: 'lunch',
	presenter: 'IT security',
	materials: { inRoom: [], remote: [] },
	agenda: [
		{
			title: 'Welcome',
			minutes: 10,
			kind: 'welcome',
			notes: 'Hello.',
			slides: [{ title: 'Hi', say: 'Welcome everyone.' }],
		},
		{
			title: 'Demo',
			minutes: 20,
			kind: 'demo',
			notes: 'Show.',
			slides: [{ title: 'Look', say: 'Show the example.' }],
		},
	],
	commonIssues: [
		{ problem: 'One', fix: 'Fix one.' },
		{ problem: 'Two', fix: 'Fix two.' },
		{ problem: 'Three', fix: 'Fix three.' },
	],
	followUp: 'Thanks.',
	reviewed: '2026-11-01',
	...overrides,
});

/** A coffee version of `rawTalk`'s agenda (Welcome and Demo), 15 minutes; `agenda` may differ. */
export const coffeeVariant = (
	agenda: { segment: string; minutes: number; notes?: string }[] = [
		{ segment: 'Welcome', minutes: 3 },
		{ segment: 'Demo', minutes: 12 },
	],
) => ({
	id: 'coffee',
	title: '15-minute coffee version',
	minutes: agenda.reduce((sum, item) => sum + item.minutes, 0),
	changes: ['The demo is shorter.'],
	agenda,
});

/** A parsed talk. */
export const talk = (overrides: Record<string, unknown> = {}) =>
	talkSchema.parse(rawTalk(overrides));

/** Raw path that passes the schema. */
export const rawPath = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
	title: 'New starter',
	description: 'Your first weeks.',
	audience: 'New staff',
	weeks: [
		{ week: 1, focus: 'Setup', steps: [{ kind: 'task', task: 'Meet IT', owner: 'manager' }] },
	],
	reviewed: '2026-11-01',
	...overrides,
});

/** A parsed path. */
export const path = (overrides: Record<string, unknown> = {}) =>
	pathSchema.parse(rawPath(overrides));
