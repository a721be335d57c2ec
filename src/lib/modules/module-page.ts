import type { Module } from '../../schemas/modules.ts';
import type { CataloguePath } from '../learning-paths/return.ts';
import { getPathsWithModule } from '../learning-paths/return.ts';
import { getEntryHref } from '../site/urls.ts';
import { levelLabels, trackLabels } from './labels.ts';
import { getTrackNeighbours } from './order.ts';

type ModuleRecord = { id: string; data: Module };

/** A module page's model: its facts, what to take first, its terms, neighbours and paths. */
export function buildModulePage<M extends ModuleRecord, T extends { id: string }>(
	module: M,
	sources: { modules: readonly M[]; glossary: readonly T[]; paths: readonly CataloguePath[] },
) {
	const { data } = module;
	const { prev, next } = getTrackNeighbours(sources.modules, module.id);
	const link = (other: M | undefined) =>
		other ? { link: getEntryHref('modules', other.id), label: other.data.title } : false;
	const termIds = new Set([...data.requires, ...data.defines]);
	return {
		meta: `${trackLabels[data.track]} · ${levelLabels[data.level]} · ${data.minutes} minutes`,
		prerequisites: sources.modules.filter((other) => data.prerequisites.includes(other.id)),
		terms: sources.glossary.filter((term) => termIds.has(term.id)),
		prev: link(prev),
		next: link(next),
		paths: getPathsWithModule(sources.paths, module.id),
	};
}
