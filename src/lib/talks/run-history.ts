import { formatCountdown, type PresenterPlan, type PresenterState, tick } from './presenter.ts';

/** One segment of a finished run: the minutes it had and the time it took. */
export interface RunSegment {
	title: string;
	plannedMinutes: number;
	actualMs: number;
}

/** A session run in presenter mode, as kept on the facilitator's device. */
export interface SessionRun {
	/** When the presenter ended it, as an ISO date and time. */
	endedAt: string;
	/** Which version ran: `Full session` or a variant's title. */
	version: string;
	segments: RunSegment[];
}

/** The runs of one kit, newest first. */
export interface RunHistory {
	v: 1;
	runs: SessionRun[];
}

/** How many runs of a kit the device keeps. */
export const RUNS_KEPT = 10;

/** Where a kit's runs are kept on the device (every version of the kit shares one history). */
export function getRunHistoryKey(kit: string): string {
	return `cg:runs:${kit}`;
}

/** The run a presenter state describes when the session ends at `now`. */
export function summariseRun(
	plan: PresenterPlan,
	state: PresenterState,
	now: number,
	titles: readonly string[],
	version: string,
): SessionRun {
	const { used } = tick(plan, state, now);
	return {
		endedAt: new Date(now).toISOString(),
		version,
		segments: plan.segments.map((segment, index) => ({
			title: titles[index] ?? `Part ${index + 1}`,
			plannedMinutes: segment.minutes,
			actualMs: used[index] ?? 0,
		})),
	};
}

/** Whether any time was recorded, so ending a session that never ran keeps nothing. */
export function hasRunTime(run: SessionRun): boolean {
	return run.segments.some((segment) => segment.actualMs > 0);
}

/** Planned and actual time of a whole run, and the difference (positive when over time), in ms. */
export function getRunTotals(run: SessionRun) {
	const planned = run.segments.reduce((sum, segment) => sum + segment.plannedMinutes * 60_000, 0);
	const actual = run.segments.reduce((sum, segment) => sum + segment.actualMs, 0);
	return { planned, actual, difference: actual - planned };
}

/** A length of time as `m:ss`, to the nearest second, such as `9:05`. */
export function formatDuration(ms: number): string {
	return formatCountdown(Math.max(0, Math.round(ms / 1000) * 1000));
}

/** A difference as `+1:30`, `-0:45` or `±0:00`, to the whole second. */
export function formatDifference(ms: number): string {
	const seconds = Math.round(ms / 1000);
	if (seconds === 0) return '±0:00';
	return `${seconds > 0 ? '+' : '-'}${formatCountdown(Math.abs(seconds) * 1000)}`;
}

/** Each segment's planned, actual and difference, ready to show or copy. */
export function describeRun(run: SessionRun) {
	const rows = run.segments.map((segment) => ({
		title: segment.title,
		planned: `${segment.plannedMinutes} min`,
		actual: formatDuration(segment.actualMs),
		difference: formatDifference(segment.actualMs - segment.plannedMinutes * 60_000),
	}));
	const totals = getRunTotals(run);
	return {
		rows,
		total: {
			title: 'Whole session',
			planned: `${Math.round(totals.planned / 60_000)} min`,
			actual: formatDuration(totals.actual),
			difference: formatDifference(totals.difference),
		},
	};
}

/** The timing as plain text lines, for the follow-up message. */
export function formatRunText(run: SessionRun): string {
	const { rows, total } = describeRun(run);
	return [
		'How the time went (planned, actual, difference):',
		...[...rows, total].map(
			(row) => `- ${row.title}: ${row.planned}, ${row.actual}, ${row.difference}`,
		),
	].join('\n');
}

/** A history with `run` added first, keeping the newest `RUNS_KEPT`. */
export function addRun(history: RunHistory, run: SessionRun): RunHistory {
	return { v: 1, runs: [run, ...history.runs].slice(0, RUNS_KEPT) };
}

const isRun = (value: unknown): value is SessionRun => {
	if (typeof value !== 'object' || value === null) return false;
	const { endedAt, version, segments } = value as Record<string, unknown>;
	return (
		typeof endedAt === 'string' &&
		!Number.isNaN(Date.parse(endedAt)) &&
		typeof version === 'string' &&
		Array.isArray(segments) &&
		segments.length > 0 &&
		segments.every((segment: unknown) => {
			if (typeof segment !== 'object' || segment === null) return false;
			const { title, plannedMinutes, actualMs } = segment as Record<string, unknown>;
			return (
				typeof title === 'string' &&
				Number.isFinite(plannedMinutes) &&
				(plannedMinutes as number) >= 0 &&
				Number.isFinite(actualMs) &&
				(actualMs as number) >= 0
			);
		})
	);
};

/**
 * Reads a kit's saved runs. Nothing saved gives an empty history; a damaged value gives an empty
 * history marked `damaged`, so the page can say so and start again rather than fail.
 */
export function parseRunHistory(text: string | null): { history: RunHistory; damaged: boolean } {
	const empty: RunHistory = { v: 1, runs: [] };
	if (!text) return { history: empty, damaged: false };
	try {
		const value = JSON.parse(text) as Partial<RunHistory> | null;
		if (value?.v === 1 && Array.isArray(value.runs) && value.runs.every(isRun))
			return { history: { v: 1, runs: value.runs }, damaged: false };
	} catch {
		// Falls through: the value is damaged.
	}
	return { history: empty, damaged: true };
}
