import type { ProgressRecord } from '../../schemas/progress.ts';
import { isStepDone, type TrackableStep } from './progress.ts';

/** A path as the pages that read progress get it (see getProgressCatalogue). */
export interface CataloguePath {
	id: string;
	title: string;
	href: string;
	steps: (TrackableStep & { label: string; href?: string | undefined })[];
}

/** The way back from a module opened from a path, and the learner's next step there. */
export interface PathReturn {
	title: string;
	href: string;
	next?: { label: string; href: string } | undefined;
}

/** The query parameter that says which path a module was opened from. */
export const FROM_PATH = 'from';

/** A step's link: its page (a module keeps the path it was opened from), else its place on the path. */
export function getStepHref(path: CataloguePath, step: CataloguePath['steps'][number]): string {
	if (!step.href) return `${path.href}#step-${step.key}`;
	return step.kind === 'module' ? `${step.href}?${FROM_PATH}=${path.id}` : step.href;
}

/** The paths that include a module, for its way back. */
export function getPathsWithModule(paths: readonly CataloguePath[], moduleId: string) {
	return paths.filter((path) =>
		path.steps.some((step) => step.kind === 'module' && step.ref === moduleId),
	);
}

/**
 * Back to the path, and the first open step of the learner's own after the module they are on,
 * so "next" never points at the module itself or at a task for the manager or IT.
 */
export function getPathReturn(
	path: CataloguePath,
	moduleId: string,
	record: ProgressRecord,
): PathReturn {
	const next = path.steps.find(
		(step) =>
			step.owner === 'learner' &&
			!(step.kind === 'module' && step.ref === moduleId) &&
			!isStepDone(step, path.id, record),
	);
	return {
		title: path.title,
		href: path.href,
		next: next && { label: next.label, href: getStepHref(path, next) },
	};
}
