import type { Path } from '../../schemas/paths.ts';
import { FROM_PATH } from './return.ts';
import { resolvePathWeeks, type StepLookup, sumPathMinutes } from './steps.ts';

/** Who does a step, as the checklist says it to the learner. */
const ownerLabels = { learner: 'You', manager: 'Your manager', buddy: 'Your buddy', it: 'IT' };
/** What a step is. */
const kindLabels = {
	module: 'Module',
	guide: 'Guide',
	talk: 'Tech Talk',
	term: 'Term',
	task: 'Task',
};

/** A path page's model: weeks of steps with their labels and links, totals and the contents. */
export function buildPathPage(path: { id: string; data: Path }, lookup: StepLookup) {
	const weeks = resolvePathWeeks(path.data, lookup).map((week) => ({
		...week,
		slug: `week-${week.week}`,
		heading: `Week ${week.week}: ${week.focus}`,
		steps: week.steps.map((step) => ({
			...step,
			kindLabel: kindLabels[step.kind],
			ownerLabel: ownerLabels[step.owner],
			// A module opened from here offers the way back to this path.
			open:
				step.href && step.kind === 'module' ? `${step.href}?${FROM_PATH}=${path.id}` : step.href,
		})),
	}));
	return {
		weeks,
		minutes: sumPathMinutes(weeks),
		steps: weeks.flatMap((week) => week.steps).length,
		headings: weeks.map((week) => ({ depth: 2, slug: week.slug, text: week.heading })),
	};
}
