import { getGuideSlug } from '../content/collections.ts';
import type { Path, PathStep } from '../../schemas/paths.ts';

/** What a referenced step needs to show: its title, link and length. */
export interface StepTarget {
	title: string;
	href: string;
	minutes?: number | undefined;
}

/** Finds the target of a `module`, `guide`, `talk` or `term` step by kind and id. */
export type StepLookup = (
	kind: Exclude<PathStep['kind'], 'task'>,
	ref: string,
) => StepTarget | undefined;

/** A step ready to render. */
export interface ResolvedStep {
	kind: PathStep['kind'];
	owner: PathStep['owner'];
	label: string;
	href?: string | undefined;
	minutes?: number | undefined;
	/** Key for progress tracking, from what the step is, so reordering a path keeps ticks: `module-security-basics`, `task-meet-your-buddy`. */
	key: string;
	/** Id of the module, guide, talk or term the step points at. */
	ref?: string | undefined;
}

/** A step's progress key: its kind and what it points at (or its task text), in kebab-case. */
export function getStepKey(step: PathStep): string {
	const subject = step.kind === 'task' ? (step.task ?? '') : getGuideSlug(step.ref ?? '');
	const slug = subject
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 60)
		.replace(/-$/, '');
	return `${step.kind}-${slug}`;
}

/** Resolves every step of a path to a label and link; unknown refs throw (validation catches them first). */
export function resolvePathWeeks(path: Path, lookup: StepLookup) {
	return path.weeks.map((week) => ({
		week: week.week,
		focus: week.focus,
		steps: week.steps.map((step): ResolvedStep => {
			const key = getStepKey(step);
			if (step.kind === 'task')
				return { kind: step.kind, owner: step.owner, label: step.task ?? '', key };
			const ref = step.ref ?? '';
			const target = lookup(step.kind, ref);
			if (!target) throw new Error(`path step ${key}: no ${step.kind} "${ref}"`);
			return {
				kind: step.kind,
				owner: step.owner,
				label: target.title,
				href: target.href,
				minutes: target.minutes,
				key,
				ref: step.kind === 'guide' ? getGuideSlug(ref) : ref,
			};
		}),
	}));
}

/** Total minutes of the steps that have a known length. */
export function sumPathMinutes(weeks: ReturnType<typeof resolvePathWeeks>): number {
	return weeks.flatMap((week) => week.steps).reduce((sum, step) => sum + (step.minutes ?? 0), 0);
}
