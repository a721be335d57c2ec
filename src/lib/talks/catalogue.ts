import type { Talk } from '../../schemas/talks.ts';
import { toOptions } from '../catalogue/filter.ts';
import { getEntryHref } from '../site/urls.ts';
import { directionLabels, slotLabels, talkKindLabels } from './labels.ts';

/** Length groups for the kit catalogue filter. */
export const lengthBuckets = [
	{ value: 'short', label: '30 minutes or less', max: 30 },
	{ value: 'medium', label: '31 to 45 minutes', max: 45 },
	{ value: 'long', label: 'Longer than 45 minutes', max: Infinity },
] as const;

/** The length group a run time falls in. */
export function getLengthBucket(minutes: number): (typeof lengthBuckets)[number]['value'] {
	return lengthBuckets.find((bucket) => minutes <= bucket.max)!.value;
}

/** Audience text as a filter value: `Business staff` → `business-staff`. */
export function toFilterValue(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/** What the kit catalogue needs of a kit. */
interface CatalogueTalk {
	id: string;
	data: Pick<
		Talk,
		| 'title'
		| 'description'
		| 'kind'
		| 'direction'
		| 'minutes'
		| 'slot'
		| 'audience'
		| 'commonIssues'
	>;
}

/** Options of a field, in the labels' order, for the values some kit has. */
const presentOptions = (labels: Record<string, string>, has: (value: string) => boolean) =>
	toOptions(labels).filter((option) => has(option.value));

/** The kit catalogue's model: a list item per kit and the filter fields with the values in use. */
export function buildTalkCatalogue(talks: readonly CatalogueTalk[]) {
	const audiences = [...new Set(talks.map((talk) => talk.data.audience))].sort();
	return {
		items: talks.map(({ id, data }) => ({
			title: data.title,
			href: getEntryHref('talks', id),
			meta: [
				talkKindLabels[data.kind],
				directionLabels[data.direction],
				`${data.minutes} min`,
				slotLabels[data.slot],
				data.audience,
			].join(' · '),
			description: data.description,
			filters: {
				kind: data.kind,
				direction: data.direction,
				audience: toFilterValue(data.audience),
				length: getLengthBucket(data.minutes),
			},
			keywords: data.commonIssues.map((issue) => issue.problem),
		})),
		fields: [
			{
				name: 'kind',
				label: 'Kind',
				anyLabel: 'All kinds',
				options: presentOptions(talkKindLabels, (kind) =>
					talks.some((talk) => talk.data.kind === kind),
				),
			},
			{
				name: 'direction',
				label: 'Who teaches',
				anyLabel: 'Either way',
				options: presentOptions(directionLabels, (direction) =>
					talks.some((talk) => talk.data.direction === direction),
				),
			},
			{
				name: 'audience',
				label: 'For',
				anyLabel: 'Any audience',
				options: audiences.map((audience) => ({ value: toFilterValue(audience), label: audience })),
			},
			{
				name: 'length',
				label: 'Length',
				anyLabel: 'Any length',
				options: lengthBuckets.map(({ value, label }) => ({ value, label })),
			},
		],
	};
}
