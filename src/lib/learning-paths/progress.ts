import type { ProgressRecord } from '../../schemas/progress.ts';
import type { ResolvedStep } from './steps.ts';

/** A step of a path, as progress sees it. */
export type TrackableStep = Pick<ResolvedStep, 'kind' | 'key' | 'ref' | 'owner'>;

/** Whether a step is done: ticked, or for modules and terms, completed or viewed anywhere on the site. */
export function isStepDone(step: TrackableStep, pathId: string, record: ProgressRecord): boolean {
	if (record.tasks[pathId]?.includes(step.key)) return true;
	if (step.kind === 'module' && step.ref) return Boolean(record.modules[step.ref]);
	if (step.kind === 'term' && step.ref) return Boolean(record.terms[step.ref]);
	return false;
}

/** Steps done, steps in all, and the first open step that is the learner's own (not the manager's or IT's). */
export function getPathProgress(
	pathId: string,
	steps: readonly TrackableStep[],
	record: ProgressRecord,
) {
	const done = steps.filter((step) => isStepDone(step, pathId, record));
	return {
		done: done.length,
		total: steps.length,
		next: steps.find((step) => step.owner === 'learner' && !isStepDone(step, pathId, record)),
	};
}
