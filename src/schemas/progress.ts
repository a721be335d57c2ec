// The progress record is read in the browser on every page that tracks progress, so it is
// checked by a small hand-written guard instead of zod: zod would add tens of kilobytes to those
// pages (the budget for quiz and progress code is 6 KB gzip). The rules match the types below.

import { ID_PATTERN } from './id.ts';

/** Version of the progress record; a record of another version is reset with a notice. */
export const PROGRESS_VERSION = 1;

/** The reader's own progress, kept in this browser's localStorage and nowhere else. */
export interface ProgressRecord {
	/** Record format version. */
	version: typeof PROGRESS_VERSION;
	/** Completed modules by id, with the ISO time of completion. */
	modules: Record<string, { completedAt: string }>;
	/** Best knowledge-check score per module id. */
	quizzes: Record<string, { best: number; total: number; at: string }>;
	/** Ticked path steps: path id → step keys such as `module-security-basics`. */
	tasks: Record<string, string[]>;
	/** Glossary terms opened, by id, with the ISO time of the first visit. */
	terms: Record<string, string>;
	/** ISO time of the last change. */
	updatedAt: string;
}

const ID = ID_PATTERN;
const STEP = /^[a-z]+-[a-z0-9-]*$/;
const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (value: unknown): value is string =>
	typeof value === 'string' && !Number.isNaN(Date.parse(value));
const isCount = (value: unknown): value is number =>
	Number.isInteger(value) && (value as number) >= 0;
const hasKeys = (value: Record<string, unknown>, keys: string[]) =>
	Object.keys(value).length === keys.length && keys.every((key) => key in value);
const isMap = (value: unknown, check: (entry: unknown) => boolean) =>
	isObject(value) && Object.entries(value).every(([key, entry]) => ID.test(key) && check(entry));

/** The check for one entry of each map of the record. */
const entryChecks = {
	modules: (entry: unknown) =>
		isObject(entry) && hasKeys(entry, ['completedAt']) && isTime(entry.completedAt),
	quizzes: (entry: unknown) =>
		isObject(entry) &&
		hasKeys(entry, ['best', 'total', 'at']) &&
		isCount(entry.best) &&
		isCount(entry.total) &&
		entry.total > 0 &&
		entry.best <= entry.total &&
		isTime(entry.at),
	tasks: (entry: unknown) =>
		Array.isArray(entry) && entry.every((key) => typeof key === 'string' && STEP.test(key)),
	terms: isTime,
} as const;

/** Whether a parsed value is a complete, valid progress record of this version (no extra keys). */
export function isProgressRecord(value: unknown): value is ProgressRecord {
	if (
		!isObject(value) ||
		!hasKeys(value, ['version', 'modules', 'quizzes', 'tasks', 'terms', 'updatedAt'])
	)
		return false;
	return (
		value.version === PROGRESS_VERSION &&
		isTime(value.updatedAt) &&
		(Object.keys(entryChecks) as (keyof typeof entryChecks)[]).every((map) =>
			isMap(value[map], entryChecks[map]),
		)
	);
}

/**
 * Keeps the valid entries of a damaged record of this version, so one bad entry does not cost
 * the reader everything; `dropped` counts what was left out. Undefined when nothing is usable.
 */
export function salvageProgressRecord(
	value: unknown,
	now: Date,
): { record: ProgressRecord; dropped: number } | undefined {
	if (!isObject(value) || value.version !== PROGRESS_VERSION) return undefined;
	let dropped = Object.keys(value).filter(
		(key) => !['version', 'modules', 'quizzes', 'tasks', 'terms', 'updatedAt'].includes(key),
	).length;
	const keep = <K extends keyof typeof entryChecks>(map: K) => {
		const entries = isObject(value[map]) ? Object.entries(value[map]) : [];
		if (!isObject(value[map]) && value[map] !== undefined) dropped += 1;
		const valid = entries.filter(([key, entry]) => ID.test(key) && entryChecks[map](entry));
		dropped += entries.length - valid.length;
		return Object.fromEntries(valid) as ProgressRecord[K];
	};
	return {
		record: {
			version: PROGRESS_VERSION,
			modules: keep('modules'),
			quizzes: keep('quizzes'),
			tasks: keep('tasks'),
			terms: keep('terms'),
			updatedAt: isTime(value.updatedAt) ? value.updatedAt : now.toISOString(),
		},
		// A missing or broken last-change time counts too, so a repair never reports nothing.
		dropped: dropped + (isTime(value.updatedAt) ? 0 : 1),
	};
}
