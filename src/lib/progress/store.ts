import {
	isProgressRecord,
	PROGRESS_VERSION,
	type ProgressRecord,
	salvageProgressRecord,
} from '../../schemas/progress.ts';

/** Why a stored record could not be used as it was. */
export type ProgressNotice = 'corrupt' | 'repaired' | 'old-version' | 'newer-version';

/** localStorage key of the one progress record all pages share. */
export const PROGRESS_KEY = 'cg:progress';

/** localStorage key of the copy of a record that could not be used, kept for the reader to download. */
export const UNREADABLE_KEY = 'cg:progress:unreadable';

/** A record with nothing done yet. */
export function createProgress(now: Date): ProgressRecord {
	return {
		version: PROGRESS_VERSION,
		modules: {},
		quizzes: {},
		tasks: {},
		terms: {},
		updatedAt: now.toISOString(),
	};
}

/**
 * Reads a stored record. Nothing stored gives an empty record. A damaged record keeps its valid
 * entries (`repaired`, with how many were `dropped`); unreadable data or another version gives an
 * empty record. Either way there is a notice to show, and a page never breaks on it.
 */
export function readProgress(
	raw: string | null,
	now: Date,
): { record: ProgressRecord; notice?: ProgressNotice; dropped?: number } {
	if (raw === null) return { record: createProgress(now) };
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return { record: createProgress(now), notice: 'corrupt' };
	}
	const version = (data as { version?: unknown } | null)?.version;
	if (typeof version === 'number' && version !== PROGRESS_VERSION)
		return {
			record: createProgress(now),
			notice: version < PROGRESS_VERSION ? 'old-version' : 'newer-version',
		};
	if (isProgressRecord(data)) return { record: data };
	const salvaged = salvageProgressRecord(data, now);
	return salvaged
		? { record: salvaged.record, notice: 'repaired', dropped: salvaged.dropped }
		: { record: createProgress(now), notice: 'corrupt' };
}

/** What to tell the reader about a record that could not be used as it was. */
export function describeNotice(notice: ProgressNotice, dropped = 0): string {
	const copy = 'A copy of what was stored is kept on the progress page, where you can download it.';
	return {
		corrupt: `Your saved progress could not be read, so it has been reset. ${copy}`,
		repaired: `Part of your saved progress could not be read: ${dropped} ${dropped === 1 ? 'entry was' : 'entries were'} left out and the rest was kept. ${copy}`,
		'old-version': `Your saved progress was from an older version of this site and has been reset. ${copy}`,
		'newer-version': `Your saved progress was made by a newer version of this site and could not be used here, so it has been reset. ${copy}`,
	}[notice];
}

const touch = (record: ProgressRecord, now: Date): ProgressRecord => ({
	...record,
	updatedAt: now.toISOString(),
});

/** Marks a module complete (keeps the first completion date). */
export function completeModule(record: ProgressRecord, id: string, now: Date): ProgressRecord {
	if (record.modules[id]) return record;
	return touch(
		{ ...record, modules: { ...record.modules, [id]: { completedAt: now.toISOString() } } },
		now,
	);
}

/** Records a quiz score, keeping the best one. */
export function recordQuizScore(
	record: ProgressRecord,
	id: string,
	score: number,
	total: number,
	now: Date,
): ProgressRecord {
	const previous = record.quizzes[id];
	if (previous && previous.best / previous.total >= score / total) return record;
	return touch(
		{
			...record,
			quizzes: { ...record.quizzes, [id]: { best: score, total, at: now.toISOString() } },
		},
		now,
	);
}

/**
 * Records one attempt at a module's knowledge check: the best score is kept, and a score of at
 * least `required` right answers completes the module (once; a later, lower score changes nothing).
 */
export function recordAttempt(
	record: ProgressRecord,
	id: string,
	score: { correct: number; total: number },
	required: number,
	now: Date,
): ProgressRecord {
	const scored = recordQuizScore(record, id, score.correct, score.total, now);
	return score.correct >= required ? completeModule(scored, id, now) : scored;
}

/** Ticks or unticks a path step. */
export function setTask(
	record: ProgressRecord,
	pathId: string,
	key: string,
	done: boolean,
	now: Date,
): ProgressRecord {
	const current = new Set(record.tasks[pathId] ?? []);
	if (done) current.add(key);
	else current.delete(key);
	return touch({ ...record, tasks: { ...record.tasks, [pathId]: [...current].sort() } }, now);
}

/** Notes the first visit to a glossary term. */
export function viewTerm(record: ProgressRecord, id: string, now: Date): ProgressRecord {
	if (record.terms[id]) return record;
	return touch({ ...record, terms: { ...record.terms, [id]: now.toISOString() } }, now);
}

/** The file a reader downloads to keep or move their progress. */
export function exportProgress(record: ProgressRecord): string {
	return `${JSON.stringify({ app: 'common-ground', ...record }, null, 2)}\n`;
}

/** Reads an exported file back; an error says what is wrong with it in plain words. */
export function importProgress(text: string): { record: ProgressRecord } | { error: string } {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { error: 'This file is not a progress export: it is not valid JSON.' };
	}
	if (
		typeof data !== 'object' ||
		data === null ||
		(data as { app?: unknown }).app !== 'common-ground'
	)
		return { error: 'This file is not a Common Ground progress export.' };
	const rest = Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'app'));
	if (rest.version !== PROGRESS_VERSION)
		return {
			error: `This export is from another version of the site (version ${String(rest.version)}) and cannot be imported.`,
		};
	return isProgressRecord(rest)
		? { record: rest }
		: { error: 'This export is damaged: some of its entries are not valid.' };
}
