import type { ProgressRecord } from '../../schemas/progress.ts';
import { formatReviewed } from '../dates.ts';

/** Titles and path steps the summary needs, by id. */
export interface SummaryCatalogue {
	modules: { id: string; title: string }[];
	paths: { id: string; title: string; total: number; done: (record: ProgressRecord) => number }[];
}

/** A plain-text summary a learner can paste to their manager. */
export function buildSummary(record: ProgressRecord, catalogue: SummaryCatalogue): string {
	const lines = ['My learning progress on Common Ground', ''];
	const completed = catalogue.modules.filter((module) => record.modules[module.id]);
	lines.push(`Modules completed: ${completed.length} of ${catalogue.modules.length}`);
	for (const module of completed) {
		const quiz = record.quizzes[module.id];
		const when = formatReviewed(new Date(record.modules[module.id]!.completedAt));
		lines.push(
			`- ${module.title} (${when}${quiz ? `, knowledge check ${quiz.best}/${quiz.total}` : ''})`,
		);
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
