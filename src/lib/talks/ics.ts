import { createEvent, type EventAttributes } from 'ics';
import type { Talk } from '../../schemas/talks.ts';
import { scheduleAgenda } from './agenda.ts';

/** When and where an invite is for. */
export interface InviteOptions {
	/** Kit id, for the UID and links. */
	id: string;
	/** Day of the session, `YYYY-MM-DD`. */
	date: string;
	/** Start, `HH:MM` in `timeZone`. */
	start: string;
	/** IANA time zone of the organisation, e.g. `Europe/London`. */
	timeZone: string;
	/** Absolute URL of the kit page, e.g. `https://learn.example.org/talks/vpn/`. */
	pageUrl: string;
	/** Time the invite is issued (DTSTAMP); fixed for reproducible builds. */
	issued: Date;
	/** Room or place; the kit's `location` when not given. */
	location?: string | undefined;
	/** Video-call link; the kit's `meetingLink` when not given. */
	meetingLink?: string | undefined;
}

/** Offset of a time zone from UTC at an instant, in minutes. */
function getOffsetMinutes(instant: number, timeZone: string): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: 'numeric',
		day: 'numeric',
		hour: 'numeric',
		minute: 'numeric',
	}).formatToParts(new Date(instant));
	const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
	return (
		(Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute')) - instant) /
		60_000
	);
}

/** Converts a wall-clock date and time in a time zone to the UTC instant. */
export function zonedToUtc(date: string, time: string, timeZone: string): Date {
	const [year, month, day] = date.split('-').map(Number) as [number, number, number];
	const [hour, minute] = time.split(':').map(Number) as [number, number];
	const wall = Date.UTC(year, month - 1, day, hour, minute);
	let utc = wall - getOffsetMinutes(wall, timeZone) * 60_000;
	utc = wall - getOffsetMinutes(utc, timeZone) * 60_000;
	return new Date(utc);
}

/** The next given weekday (0 = Sunday … 6 = Saturday) strictly after a date, as `YYYY-MM-DD`. */
export function getNextWeekday(from: Date, weekday: number): string {
	const day = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + 1));
	while (day.getUTCDay() !== weekday) day.setUTCDate(day.getUTCDate() + 1);
	return day.toISOString().slice(0, 10);
}

/** RRULE for a recurring kit. */
export function getRecurrenceRule(recurrence: Talk['recurrence']): string | undefined {
	if (recurrence === 'monthly') return 'FREQ=MONTHLY';
	if (recurrence === 'quarterly') return 'FREQ=MONTHLY;INTERVAL=3';
	return undefined;
}

const toArray = (date: Date): [number, number, number, number, number] => [
	date.getUTCFullYear(),
	date.getUTCMonth() + 1,
	date.getUTCDate(),
	date.getUTCHours(),
	date.getUTCMinutes(),
];

/** Builds the calendar invite (RFC 5545) for a session: agenda and handout link in the description. */
export function buildTalkInvite(talk: Talk, options: InviteOptions): string {
	const agenda = scheduleAgenda(talk.agenda, options.start)
		.map((segment) => `${segment.start}–${segment.end}  ${segment.title}`)
		.join('\n');
	const handout = new URL('handout/', options.pageUrl).href;
	const place = options.location?.trim() || talk.location;
	const link = options.meetingLink?.trim() || talk.meetingLink;
	const description = [
		talk.description,
		...(link ? [`Join online: ${link}`] : []),
		`Agenda (${options.timeZone} time):\n${agenda}`,
		`One-page handout: ${handout}`,
		`About this session: ${options.pageUrl}`,
	].join('\n\n');
	const recurrenceRule = getRecurrenceRule(talk.recurrence);
	const attributes: EventAttributes & { timestamp: number } = {
		uid: `${options.id}-${options.date.replaceAll('-', '')}@common-ground`,
		productId: '-//Common Ground//Session kits//EN',
		title: talk.title,
		description,
		url: options.pageUrl,
		start: toArray(zonedToUtc(options.date, options.start, options.timeZone)),
		startInputType: 'utc',
		startOutputType: 'utc',
		duration: { minutes: talk.minutes },
		timestamp: options.issued.getTime(),
		// Calendars show the location on the event itself, so a link goes there too when it is all there is.
		...(place || link ? { location: [place, link].filter(Boolean).join(' · ') } : {}),
		...(recurrenceRule ? { recurrenceRule } : {}),
	};
	const { error, value } = createEvent(attributes);
	if (error || !value)
		throw new Error(
			`Could not build the invite for ${options.id}: ${error?.message ?? 'no output'}`,
		);
	return foldLines(value);
}

/**
 * Re-folds content lines at 75 octets (RFC 5545 §3.1). The ics library folds at 75 characters,
 * which lets lines with accented letters or dashes run long. TODO: drop when ics folds by octets.
 */
export function foldLines(ics: string): string {
	const encoder = new TextEncoder();
	return ics
		.replace(/\r\n[ \t]/g, '')
		.split('\r\n')
		.map((line) => {
			const parts: string[] = [];
			let current = '';
			let size = 0;
			for (const char of line) {
				const bytes = encoder.encode(char).length;
				if (size + bytes > (parts.length === 0 ? 75 : 74)) {
					parts.push(current);
					[current, size] = ['', 0];
				}
				current += char;
				size += bytes;
			}
			parts.push(current);
			return parts.join('\r\n ');
		})
		.join('\r\n');
}
