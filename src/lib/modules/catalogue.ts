import type { Module } from '../../schemas/modules.ts';
import { toOptions } from '../catalogue/filter.ts';
import { getEntryHref } from '../site/urls.ts';
import { levelLabels, trackLabels } from './labels.ts';
import { getTimeBucket, sortForStudy, timeBuckets } from './order.ts';

/** What the module catalogue needs of a module. */
interface CatalogueModule {
	id: string;
	data: Pick<
		Module,
		'title' | 'description' | 'track' | 'level' | 'minutes' | 'objectives' | 'prerequisites'
	>;
}

/** The module catalogue's model: each track's modules in study order, and the filter fields. */
export function buildModuleCatalogue(modules: readonly CatalogueModule[]) {
	const sorted = sortForStudy(modules);
	return {
		tracks: Object.entries(trackLabels).map(([track, label]) => ({
			track,
			label,
			items: sorted
				.filter((module) => module.data.track === track)
				.map(({ id, data }) => ({
					id,
					title: data.title,
					href: getEntryHref('modules', id),
					meta: `${levelLabels[data.level]} · ${data.minutes} min`,
					description: data.description,
					filters: { track, level: data.level, time: getTimeBucket(data.minutes) },
					keywords: data.objectives,
				})),
		})),
		fields: [
			{ name: 'track', label: 'Track', anyLabel: 'Both tracks', options: toOptions(trackLabels) },
			{ name: 'level', label: 'Level', anyLabel: 'Any level', options: toOptions(levelLabels) },
			{
				name: 'time',
				label: 'Time',
				anyLabel: 'Any length',
				options: timeBuckets.map(({ value, label }) => ({ value, label })),
			},
		],
	};
}
