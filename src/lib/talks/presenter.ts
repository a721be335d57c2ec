/** The shape presenter mode needs: each agenda segment's length and number of slides. */
export interface PresenterPlan {
	segments: { minutes: number; slides: number }[];
}

/** Where the presenter is and how much time each segment has used, in milliseconds. */
export interface PresenterState {
	/** Index into the flat list of slides. */
	slide: number;
	running: boolean;
	/** Clock reading at the last update, while running. */
	since: number;
	/** Time used per segment. */
	used: number[];
	/** Minutes added per segment with "add a minute", in ms. */
	added: number[];
}

/** How close a countdown is to its end. */
export type TimeLevel = 'ok' | 'soon' | 'over';

/**
 * Segment countdown warns in its last minute (its last quarter when it is shorter than four
 * minutes); the session in its last five minutes.
 */
export const SEGMENT_WARNING_MS = 60_000;
export const SESSION_WARNING_MS = 5 * 60_000;

/** A paused presenter on the first slide. */
export function startPresenter(plan: PresenterPlan): PresenterState {
	const zeros = plan.segments.map(() => 0);
	return { slide: 0, running: false, since: 0, used: zeros, added: [...zeros] };
}

/** Maps a flat slide index to its segment. */
export function getSegmentOf(plan: PresenterPlan, slide: number): number {
	let first = 0;
	for (const [index, segment] of plan.segments.entries()) {
		if (slide < first + segment.slides) return index;
		first += segment.slides;
	}
	return plan.segments.length - 1;
}

/** Number of slides in the whole session. */
export function countSlides(plan: PresenterPlan): number {
	return plan.segments.reduce((sum, segment) => sum + segment.slides, 0);
}

/** Charges the time since the last update to the current segment. */
export function tick(plan: PresenterPlan, state: PresenterState, now: number): PresenterState {
	if (!state.running) return state;
	const used = [...state.used];
	used[getSegmentOf(plan, state.slide)]! += Math.max(0, now - state.since);
	return { ...state, used, since: now };
}

/** Moves to another slide (clamped), keeping the clock honest. */
export function goTo(
	plan: PresenterPlan,
	state: PresenterState,
	slide: number,
	now: number,
): PresenterState {
	const next = Math.min(Math.max(slide, 0), countSlides(plan) - 1);
	return { ...tick(plan, state, now), slide: next };
}

/** Starts or pauses the clock. */
export function togglePause(
	plan: PresenterPlan,
	state: PresenterState,
	now: number,
): PresenterState {
	const updated = tick(plan, state, now);
	return { ...updated, running: !updated.running, since: now };
}

/** Gives the current segment one more minute. */
export function addMinute(plan: PresenterPlan, state: PresenterState): PresenterState {
	const added = [...state.added];
	added[getSegmentOf(plan, state.slide)]! += 60_000;
	return { ...state, added };
}

/** Time left in the current segment and in the whole session, with warning levels. */
export function getRemaining(plan: PresenterPlan, state: PresenterState, now: number) {
	const current = tick(plan, state, now);
	const segment = getSegmentOf(plan, current.slide);
	const budget = (index: number) => plan.segments[index]!.minutes * 60_000 + current.added[index]!;
	const segmentLeft = budget(segment) - current.used[segment]!;
	const sessionLeft =
		plan.segments.reduce((sum, _, index) => sum + budget(index), 0) -
		current.used.reduce((a, b) => a + b, 0);
	const level = (left: number, warning: number): TimeLevel =>
		left < 0 ? 'over' : left <= warning ? 'soon' : 'ok';
	// A short segment (a 1-minute welcome in a coffee version) warns in its last quarter instead.
	const segmentWarning = Math.min(SEGMENT_WARNING_MS, budget(segment) / 4);
	return {
		segment,
		segmentLeft,
		sessionLeft,
		segmentLevel: level(segmentLeft, segmentWarning),
		sessionLevel: level(sessionLeft, SESSION_WARNING_MS),
	};
}

/** `12:05`, `0:09`, or `-1:30` once over time; whole seconds, rounded towards zero's side of the end. */
export function formatCountdown(ms: number): string {
	const seconds = ms >= 0 ? Math.ceil(ms / 1000) : Math.floor(-ms / 1000);
	const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
	return ms < 0 && seconds > 0 ? `-${text}` : text;
}
