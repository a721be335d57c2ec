import type { ProgressRecord } from '../../schemas/progress.ts';
import { getPathProgress } from '../learning-paths/progress.ts';
import { type CataloguePath, getStepHref } from '../learning-paths/return.ts';

/** What the start page needs to suggest a next step. */
export interface NextStepCatalogue {
	/** Modules in study order, per track. */
	modules: { id: string; title: string; href: string; track: string }[];
	paths: CataloguePath[];
}

/** A suggestion for the start page. */
export interface NextStep {
	text: string;
	linkText: string;
	href: string;
}

/**
 * The reader's next step: their own open step of a path they have started, otherwise the next module in
 * the track of a module they completed. Nothing when they have not started anything.
 */
export function findNextStep(
	record: ProgressRecord,
	catalogue: NextStepCatalogue,
): NextStep | undefined {
	for (const path of catalogue.paths) {
		const progress = getPathProgress(path.id, path.steps, record);
		if (progress.done > 0 && progress.next) {
			const next = path.steps.find((step) => step.key === progress.next!.key)!;
			return {
				text: `Continue “${path.title}” (${progress.done} of ${progress.total} steps done). Next:`,
				linkText: next.label,
				href: getStepHref(path, next),
			};
		}
	}
	const tracks = new Set(
		catalogue.modules.filter((module) => record.modules[module.id]).map((module) => module.track),
	);
	const next = catalogue.modules.find(
		(module) => tracks.has(module.track) && !record.modules[module.id],
	);
	return next ? { text: 'Your next module:', linkText: next.title, href: next.href } : undefined;
}
