import { describe, expect, test } from 'vitest';
import {
	describeDaysBefore,
	formatClock,
	getDefaultStart,
	groupPrepByDay,
	parseClock,
	scheduleAgenda,
} from '../../../src/lib/talks/agenda.ts';
import { talk } from '../../helpers/entries.ts';

describe('scheduleAgenda', () => {
	test('gives each segment clock times from the start', () => {
		expect(
			scheduleAgenda(talk().agenda, '12:15').map(
				({ title, start, end }) => `${title} ${start}–${end}`,
			),
		).toEqual(['Welcome 12:15–12:25', 'Demo 12:25–12:45']);
	});

	test('wraps past midnight', () => {
		expect(scheduleAgenda(talk().agenda, '23:50').at(-1)).toMatchObject({
			start: '00:00',
			end: '00:20',
		});
	});

	test('rejects a start that is not a time of day', () => {
		expect(() => scheduleAgenda(talk().agenda, '25:00')).toThrowErrorMatchingInlineSnapshot(
			`[Error: "25:00" is not a time of day; write it as HH:MM, e.g. 12:30]`,
		);
	});
});

describe('clock helpers', () => {
	test('parse and format round-trip', () => {
		expect(parseClock('9:05')).toBe(545);
		expect(formatClock(545)).toBe('09:05');
		expect(formatClock(-10)).toBe('23:50');
	});

	test('default starts follow the slot', () => {
		expect([
			getDefaultStart('lunch'),
			getDefaultStart('coffee'),
			getDefaultStart('meeting'),
		]).toEqual(['12:00', '10:30', '14:00']);
	});
});

describe('preparation', () => {
	test('groups tasks by days before, furthest first', () => {
		const prep = [
			{ task: 'Print', daysBefore: 1 },
			{ task: 'Book', daysBefore: 14 },
			{ task: 'Invite', daysBefore: 14 },
			{ task: 'Arrive early', daysBefore: 0 },
		];
		expect(groupPrepByDay(prep)).toEqual([
			{ daysBefore: 14, tasks: ['Book', 'Invite'] },
			{ daysBefore: 1, tasks: ['Print'] },
			{ daysBefore: 0, tasks: ['Arrive early'] },
		]);
		expect([14, 7, 3, 1, 0].map(describeDaysBefore)).toEqual([
			'2 weeks before',
			'1 week before',
			'3 days before',
			'1 day before',
			'On the day',
		]);
	});
});
