import type { ProgressRecord } from '../../schemas/progress.ts';
import { formatReviewed } from '../site/dates.ts';

/** What the summaries need of a module: its title and the right answers needed to pass. */
export interface SummaryModule {
	id: string;
	title: string;
	/** Questions in its knowledge check today. */
	total: number;
	/** Right answers needed to pass. */
	required: number;
}

/** Titles and path steps the summary needs, by id. */
export interface SummaryCatalogue {
	modules: SummaryModule[];
	paths: { id: string; title: string; total: number; done: (record: ProgressRecord) => number }[];
}

/** A module the learner has passed or tried, with the detail shown after its title. */
export interface ModuleLine<M extends SummaryModule = SummaryModule> {
	module: M;
	detail: string;
}

/**
 * Sorts the catalogue's modules into those passed (complete) and those tried but not passed
 * yet, each with its best score and what passing takes, in catalogue order.
 */
export function getModuleLines<M extends SummaryModule>(
	record: ProgressRecord,
	modules: readonly M[],
): { passed: ModuleLine<M>[]; tried: ModuleLine<M>[] } {
	const passed: ModuleLine<M>[] = [];
	const tried: ModuleLine<M>[] = [];
	for (const module of modules) {
		const completed = record.modules[module.id];
		const quiz = record.quizzes[module.id];
		const best = quiz ? `best score ${quiz.best} of ${quiz.total}` : '';
		if (completed)
			passed.push({
				module,
				detail: [`completed ${formatReviewed(new Date(completed.completedAt))}`, best]
					.filter(Boolean)
					.join(', '),
			});
		else if (quiz)
			tried.push({
				module,
				detail: `${best}; passing takes ${module.required} of ${module.total}`,
			});
	}
	return { passed, tried };
}

/** A plain-text summary a learner can paste to their manager. */
export function buildSummary(record: ProgressRecord, catalogue: SummaryCatalogue): string {
	const lines = ['My learning progress on Common Ground', ''];
	const { passed, tried } = getModuleLines(record, catalogue.modules);
	lines.push(
		`Modules completed (knowledge check passed): ${passed.length} of ${catalogue.modules.length}`,
	);
	for (const { module, detail } of passed) lines.push(`- ${module.title} (${detail})`);
	if (tried.length > 0) {
		lines.push('', 'Started, not passed yet:');
		for (const { module, detail } of tried) lines.push(`- ${module.title} (${detail})`);
	}
	const started = catalogue.paths.filter((path) => path.done(record) > 0);
	if (started.length > 0) {
		lines.push('', 'Paths:');
		for (const path of started)
			lines.push(`- ${path.title}: ${path.done(record)} of ${path.total} steps done`);
	}
	const terms = Object.keys(record.terms).length;
	lines.push('', `Glossary terms looked up: ${terms}`);
	return lines.join('\n');
}
