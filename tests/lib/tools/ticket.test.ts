import { describe, expect, test } from 'vitest';
import {
	buildMailto,
	buildTicket,
	buildTicketUrl,
	getPriority,
	type ProblemReport,
} from '../../../src/lib/tools/ticket.ts';

const report: ProblemReport = {
	tryingTo: 'Submit my monthly expense claim',
	happened: 'The page froze after I clicked Submit',
	error: 'Error 504: the server did not respond in time',
	started: 'Today at about 09:15',
	affected: 'My whole team of eight',
	impact: 'medium',
	urgency: 'high',
	businessImpact: 'Claims must reach finance before the month closes.',
	deadline: 'Friday 17:00',
	tried: 'Restarted the browser; tried from home on the VPN.',
};

describe('getPriority', () => {
	test.each([
		['high', 'high', 'P1 Critical'],
		['high', 'medium', 'P2 High'],
		['medium', 'high', 'P2 High'],
		['medium', 'medium', 'P3 Medium'],
		['high', 'low', 'P3 Medium'],
		['low', 'high', 'P3 Medium'],
		['medium', 'low', 'P4 Low'],
		['low', 'medium', 'P4 Low'],
		['low', 'low', 'P4 Low'],
	] as const)('impact %s × urgency %s → %s', (impact, urgency, expected) => {
		const priority = getPriority(impact, urgency);
		expect(`${priority.code} ${priority.label}`).toBe(expected);
	});
});

describe('buildTicket', () => {
	test('writes a subject and a body with every section', () => {
		const ticket = buildTicket(report);
		expect(ticket.subject).toBe(
			'[P2 High] The page froze after I clicked Submit – Submit my monthly expense claim',
		);
		expect(ticket.body).toMatchInlineSnapshot(`
			"What I was trying to do
			Submit my monthly expense claim

			What happened instead
			The page froze after I clicked Submit

			Exact error message
			Error 504: the server did not respond in time

			When it started
			Today at about 09:15

			Who is affected
			My whole team of eight

			Business impact and deadline
			Claims must reach finance before the month closes.
			Deadline: Friday 17:00

			What I have already tried
			Restarted the browser; tried from home on the VPN.

			Suggested priority
			P2 (High): impact medium, urgency high"
		`);
	});

	test('marks missing answers, shortens long subjects and adds device details only when given', () => {
		const ticket = buildTicket(
			{ ...report, tryingTo: '', error: '', happened: 'x'.repeat(100) },
			'Browser: Test 1.0',
		);
		expect(ticket.subject).toBe(`[P2 High] ${'x'.repeat(59)}…`);
		expect(ticket.body).toContain('Exact error message\nNot given');
		expect(ticket.body).toContain('My device and browser\nBrowser: Test 1.0');
		expect(buildTicket(report).body).not.toContain('My device and browser');
	});

	test('links to email and to the portal with the text encoded', () => {
		const ticket = buildTicket(report);
		const mailto = buildMailto('helpdesk@example.org', ticket);
		expect(mailto.startsWith('mailto:helpdesk@example.org?subject=%5BP2%20High%5D')).toBe(true);
		expect(decodeURIComponent(mailto.split('&body=')[1]!)).toBe(ticket.body);
		expect(buildTicketUrl('https://help.example.org/new?subject={subject}', ticket)).toBe(
			`https://help.example.org/new?subject=${encodeURIComponent(ticket.subject)}`,
		);
	});
});
