import type { Talk } from '../../schemas/talks.ts';

/** An agenda segment with its clock times. */
export interface ScheduledSegment {
	title: string;
	kind: Talk['agenda'][number]['kind'];
	minutes: number;
	notes: string;
	/** Start as `HH:MM`. */
	start: string;
	/** End as `HH:MM`. */
	end: string;
}

/** Parses `HH:MM` (24-hour) into minutes after midnight. */
export function parseClock(clock: string): number {
	const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(clock.trim());
	if (!match) throw new Error(`"${clock}" is not a time of day; write it as HH:MM, e.g. 12:30`);
	return Number(match[1]) * 60 + Number(match[2]);
}

/** Formats minutes after midnight as `HH:MM`, wrapping past midnight. */
export function formatClock(minutes: number): string {
	const wrapped = ((minutes % 1440) + 1440) % 1440;
	return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}

/** Gives each segment its start and end clock time from the session's start. */
export function scheduleAgenda(agenda: Talk['agenda'], start: string): ScheduledSegment[] {
	let clock = parseClock(start);
	return agenda.map(({ title, kind, minutes, notes }) => {
		const segment = {
			title,
			kind,
			minutes,
			notes,
			start: formatClock(clock),
			end: formatClock(clock + minutes),
		};
		clock += minutes;
		return segment;
	});
}

/** Default start for a slot, used until the facilitator picks another. */
export function getDefaultStart(slot: Talk['slot']): string {
	return { lunch: '12:00', coffee: '10:30', meeting: '14:00' }[slot];
}

/** Preparation tasks grouped by days before the session, furthest first. */
export function groupPrepByDay(prep: Talk['prep']): { daysBefore: number; tasks: string[] }[] {
	const days = [...new Set(prep.map((item) => item.daysBefore))].sort((a, b) => b - a);
	return days.map((daysBefore) => ({
		daysBefore,
		tasks: prep.filter((item) => item.daysBefore === daysBefore).map((item) => item.task),
	}));
}

/** "2 weeks before", "1 day before", "On the day". */
export function describeDaysBefore(days: number): string {
	if (days === 0) return 'On the day';
	if (days % 7 === 0) return `${days / 7} ${days === 7 ? 'week' : 'weeks'} before`;
	return `${days} ${days === 1 ? 'day' : 'days'} before`;
}
