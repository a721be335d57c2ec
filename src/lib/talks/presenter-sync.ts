import { countSlides, type PresenterPlan, type PresenterState } from './presenter.ts';

/** Which window a presenter page is: the facilitator's (timers, notes, controls) or the room's. */
export type PresenterView = 'presenter' | 'audience';

/** The query that opens the audience window of a kit's presenter page. */
export const AUDIENCE_QUERY = 'view=audience';

/** The view a presenter page shows, from its query string. */
export function getPresenterView(search: string): PresenterView {
	return new URLSearchParams(search).get('view') === 'audience' ? 'audience' : 'presenter';
}

/** Where a kit's presenter state is kept on the device, so a reload or a visit to the kit keeps it. */
export function getPresenterStorageKey(kit: string): string {
	return `cg:presenter:${kit}`;
}

/** The channel both windows of a kit's presenter mode talk on. */
export function getPresenterChannelName(kit: string): string {
	return `cg-presenter:${kit}`;
}

/**
 * What one window tells the other: the whole state after a change, so both always agree, or (from
 * the audience window) a request that the presenter window end the session.
 */
export type PresenterMessage = { kind: 'state'; state: PresenterState } | { kind: 'end' };

/** Whether a message asks the presenter window to end the session. */
export function isEndRequest(data: unknown): boolean {
	return typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === 'end';
}

const isTimes = (value: unknown, length: number): value is number[] =>
	Array.isArray(value) &&
	value.length === length &&
	value.every((item) => typeof item === 'number' && Number.isFinite(item) && item >= 0);

/**
 * A saved or received presenter state, if it fits this kit's plan (its slide exists, one time per
 * segment); anything else (another kit's, an older shape, a damaged value) is undefined.
 */
export function readPresenterState(
	plan: PresenterPlan,
	value: unknown,
): PresenterState | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const { slide, running, since, used, added } = value as Record<string, unknown>;
	const segments = plan.segments.length;
	if (
		!Number.isInteger(slide) ||
		(slide as number) < 0 ||
		(slide as number) >= countSlides(plan) ||
		typeof running !== 'boolean' ||
		typeof since !== 'number' ||
		!Number.isFinite(since) ||
		!isTimes(used, segments) ||
		!isTimes(added, segments)
	)
		return undefined;
	return { slide: slide as number, running, since, used: [...used], added: [...added] };
}

/** A message from the other window, if it is one this page understands. */
export function readPresenterMessage(
	plan: PresenterPlan,
	data: unknown,
): PresenterState | undefined {
	if (typeof data !== 'object' || data === null || (data as { kind?: unknown }).kind !== 'state')
		return undefined;
	return readPresenterState(plan, (data as { state?: unknown }).state);
}

/** Parses a saved state from storage text; a missing or unreadable value gives undefined. */
export function parseSavedPresenter(
	plan: PresenterPlan,
	text: string | null,
): PresenterState | undefined {
	if (!text) return undefined;
	try {
		return readPresenterState(plan, JSON.parse(text));
	} catch {
		return undefined;
	}
}
