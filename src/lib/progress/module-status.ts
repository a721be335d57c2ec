import type { ProgressRecord } from '../../schemas/progress.ts';
import { formatReviewed } from '../site/dates.ts';

/** Where a learner stands with one module: passed, tried without passing yet, or not tried. */
export interface ModuleStatus {
	kind: 'passed' | 'tried' | 'new';
	text: string;
}

/**
 * Describes a module's status from the progress record, for a check of `total` questions that
 * needs `required` right answers. A module counts as complete once its check was passed.
 */
export function describeModuleStatus(
	record: ProgressRecord,
	id: string,
	required: number,
	total: number,
): ModuleStatus {
	const completed = record.modules[id];
	const quiz = record.quizzes[id];
	const best = quiz ? ` Your best score is ${quiz.best} of ${quiz.total}.` : '';
	if (completed)
		return {
			kind: 'passed',
			text: `Complete: you passed the knowledge check on ${formatReviewed(new Date(completed.completedAt))}.${best}`,
		};
	if (quiz)
		return {
			kind: 'tried',
			text: `Not complete yet.${best} You need ${required} of ${total} to pass; try again whenever you like.`,
		};
	return {
		kind: 'new',
		text: `The module counts as complete when you get at least ${required} of ${total} questions right. You can try as often as you like; your best score is kept.`,
	};
}
