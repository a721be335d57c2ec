import type { ProgressRecord } from '../../schemas/progress.ts';

const earlier = (a: string, b: string) => (Date.parse(a) <= Date.parse(b) ? a : b);

/**
 * One record from two (this browser's and an imported file): every completion, tick and term of
 * either, the first completion and visit dates, and the better score of each knowledge check.
 */
export function mergeProgress(
	current: ProgressRecord,
	incoming: ProgressRecord,
	now: Date,
): ProgressRecord {
	const modules = { ...incoming.modules, ...current.modules };
	for (const [id, entry] of Object.entries(incoming.modules))
		if (current.modules[id])
			modules[id] = { completedAt: earlier(current.modules[id].completedAt, entry.completedAt) };
	const quizzes = { ...incoming.quizzes, ...current.quizzes };
	for (const [id, entry] of Object.entries(incoming.quizzes)) {
		const mine = current.quizzes[id];
		if (mine && entry.best / entry.total > mine.best / mine.total) quizzes[id] = entry;
	}
	const tasks: ProgressRecord['tasks'] = {};
	for (const id of new Set([...Object.keys(current.tasks), ...Object.keys(incoming.tasks)]))
		tasks[id] = [...new Set([...(current.tasks[id] ?? []), ...(incoming.tasks[id] ?? [])])].sort();
	const terms = { ...incoming.terms, ...current.terms };
	for (const [id, first] of Object.entries(incoming.terms))
		if (current.terms[id]) terms[id] = earlier(current.terms[id], first);
	return { ...current, modules, quizzes, tasks, terms, updatedAt: now.toISOString() };
}

/** How much progress a record holds, by kind. */
export interface ProgressCounts {
	modules: number;
	steps: number;
	terms: number;
}

const count = (record: ProgressRecord): ProgressCounts => ({
	modules: Object.keys(record.modules).length,
	steps: Object.values(record.tasks).reduce((sum, keys) => sum + keys.length, 0),
	terms: Object.keys(record.terms).length,
});

/** Whether a record holds nothing yet, so an import can simply take its place. */
export function isEmptyProgress(record: ProgressRecord): boolean {
	const { modules, steps, terms } = count(record);
	return modules + steps + terms + Object.keys(record.quizzes).length === 0;
}

/** "2 completed modules and 1 glossary term": the kinds there are, or "no progress". */
const describe = ({ modules, steps, terms }: ProgressCounts) => {
	const parts = [
		[modules, 'completed module'],
		[steps, 'ticked step'],
		[terms, 'glossary term'],
	] as const;
	const named = parts.flatMap(([n, name]) => (n > 0 ? [`${n} ${name}${n === 1 ? '' : 's'}`] : []));
	if (named.length === 0) return 'no progress';
	return named.length === 1 ? named[0]! : `${named.slice(0, -1).join(', ')} and ${named.at(-1)!}`;
};

/** What merging or replacing would do, in words, before the reader chooses. */
export function describeImport(
	current: ProgressRecord,
	incoming: ProgressRecord,
	now: Date,
): { file: string; browser: string; merge: string; replace: string } {
	const [mine, theirs] = [count(current), count(incoming)];
	const merged = count(mergeProgress(current, incoming, now));
	const minus = (a: ProgressCounts, b: ProgressCounts): ProgressCounts => ({
		modules: a.modules - b.modules,
		steps: a.steps - b.steps,
		terms: a.terms - b.terms,
	});
	// What the file adds to this browser, and what only this browser has.
	const [gained, only] = [minus(merged, mine), minus(merged, theirs)];
	const nothing = (counts: ProgressCounts) => counts.modules + counts.steps + counts.terms === 0;
	return {
		file: `The file holds ${describe(theirs)}.`,
		browser: `This browser holds ${describe(mine)}.`,
		merge: nothing(gained)
			? 'Merging adds nothing new: this browser already has everything in the file. Better scores are kept.'
			: `Merging keeps everything in both and adds ${describe(gained)} from the file, with the better score of each check.`,
		replace: nothing(only)
			? 'Replacing loses nothing: the file has everything this browser has.'
			: `Replacing loses what only this browser has: ${describe(only)}.`,
	};
}
