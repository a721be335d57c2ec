import type { Module } from '../../schemas/modules.ts';
import { levels } from '../../schemas/modules.ts';

interface Ordered {
	id: string;
	data: Pick<Module, 'track' | 'level' | 'title'>;
}

/** Modules of a track in study order: by level, then title. */
export function sortForStudy<T extends Ordered>(modules: readonly T[]): T[] {
	return [...modules].sort(
		(a, b) =>
			levels.indexOf(a.data.level) - levels.indexOf(b.data.level) ||
			a.data.title.localeCompare(b.data.title, 'en'),
	);
}

/** The modules before and after one in its track, for previous/next links. */
export function getTrackNeighbours<T extends Ordered>(
	modules: readonly T[],
	id: string,
): { prev?: T | undefined; next?: T | undefined } {
	const current = modules.find((module) => module.id === id);
	if (!current) return {};
	const track = sortForStudy(modules.filter((module) => module.data.track === current.data.track));
	const index = track.indexOf(current);
	return { prev: track[index - 1], next: track[index + 1] };
}

/** Time groups for the catalogue filter. */
export const timeBuckets = [
	{ value: '15', label: '15 minutes or less', max: 15 },
	{ value: '30', label: '30 minutes or less', max: 30 },
	{ value: 'longer', label: 'Longer than 30 minutes', max: Infinity },
] as const;

/** The time group a module falls in. */
export function getTimeBucket(minutes: number): (typeof timeBuckets)[number]['value'] {
	return timeBuckets.find((bucket) => minutes <= bucket.max)!.value;
}
