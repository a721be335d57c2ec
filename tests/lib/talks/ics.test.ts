import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import {
	buildTalkInvite,
	getNextWeekday,
	getRecurrenceRule,
	zonedToUtc,
} from '../../../src/lib/talks/ics.ts';
import { talk } from '../../helpers/entries.ts';

const options = {
	id: 'phishing',
	date: '2026-12-01',
	start: '12:00',
	timeZone: 'Europe/London',
	pageUrl: 'https://learn.example.org/talks/phishing/',
	issued: new Date('2026-11-24T00:00:00Z'),
};

/** Parses the invite with an independent iCalendar parser and returns its one event. */
function parse(ics: string) {
	const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
	const event = calendar.getFirstSubcomponent('vevent')!;
	return { calendar, event: new ICAL.Event(event), component: event };
}

describe('buildTalkInvite', () => {
	test('produces a valid event with the agenda and the handout link', () => {
		const ics = buildTalkInvite(talk(), options);
		// RFC 5545 §3.1: CRLF line breaks, lines folded at 75 octets.
		expect(ics.endsWith('\r\n')).toBe(true);
		expect(ics.replaceAll('\r\n', '')).not.toContain('\n');
		expect(ics.split('\r\n').filter((line) => Buffer.byteLength(line) > 75)).toEqual([]);
		const { calendar, event, component } = parse(ics);
		expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
		expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Common Ground//Session kits//EN');
		expect(event.summary).toBe('Spotting phishing');
		expect(event.uid).toBe('phishing-20261201@common-ground');
		expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-01T12:00:00.000Z');
		expect(event.duration.toSeconds()).toBe(30 * 60);
		expect(event.description).toContain('12:00–12:10  Welcome\n12:10–12:30  Demo');
		expect(event.description).toContain(
			'One-page handout: https://learn.example.org/talks/phishing/handout/',
		);
		expect(component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-24T00:00:00Z');
		expect(component.getFirstPropertyValue('rrule')).toBeNull();
	});

	test('gives recurring kits an RRULE', () => {
		const { component } = parse(
			buildTalkInvite(talk({ recurrence: 'quarterly', kind: 'briefing' }), options),
		);
		expect(component.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=MONTHLY;INTERVAL=3');
		expect(getRecurrenceRule('monthly')).toBe('FREQ=MONTHLY');
		expect(getRecurrenceRule(undefined)).toBeUndefined();
	});

	test('has no location when neither the kit nor the planner gives one', () => {
		const { event } = parse(buildTalkInvite(talk(), options));
		expect(event.location).toBeNull();
		expect(event.description).not.toContain('Join online');
	});

	test("takes the kit's place and video-call link, and the planner's over them", () => {
		const kit = talk({ location: 'Canteen, 2nd floor', meetingLink: 'https://meet.example.org/a' });
		const fromKit = parse(buildTalkInvite(kit, options)).event;
		expect(fromKit.location).toBe('Canteen, 2nd floor · https://meet.example.org/a');
		expect(fromKit.description).toContain('Join online: https://meet.example.org/a');
		const fromPlanner = parse(
			buildTalkInvite(kit, { ...options, location: ' Room 4 ', meetingLink: '' }),
		).event;
		expect(fromPlanner.location).toBe('Room 4 · https://meet.example.org/a');
		const linkOnly = parse(
			buildTalkInvite(talk(), { ...options, meetingLink: 'https://meet.example.org/b' }),
		).event;
		expect(linkOnly.location).toBe('https://meet.example.org/b');
	});

	test('is the same for the same input (reproducible builds)', () => {
		expect(buildTalkInvite(talk(), options)).toBe(buildTalkInvite(talk(), options));
	});
});

describe('time helpers', () => {
	test('convert wall-clock time in a zone to UTC across daylight saving', () => {
		expect(zonedToUtc('2026-07-01', '12:00', 'Europe/London').toISOString()).toBe(
			'2026-07-01T11:00:00.000Z',
		);
		expect(zonedToUtc('2026-01-15', '09:30', 'America/New_York').toISOString()).toBe(
			'2026-01-15T14:30:00.000Z',
		);
		expect(zonedToUtc('2026-03-10', '08:00', 'UTC').toISOString()).toBe('2026-03-10T08:00:00.000Z');
	});

	test('find the next weekday after a date', () => {
		expect(getNextWeekday(new Date('2026-11-24T10:00:00Z'), 2)).toBe('2026-12-01');
		expect(getNextWeekday(new Date('2026-11-23T10:00:00Z'), 2)).toBe('2026-11-24');
	});
});
