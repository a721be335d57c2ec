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
