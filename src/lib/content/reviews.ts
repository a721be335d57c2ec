import { collections } from './collections.ts';
import type { ContentSet } from '../validation/content-set.ts';

/** An entry whose last review is older than its review interval. */
export interface OverdueEntry {
	file: string;
	/** The collection's label: `glossary term`, `session kit` … */
	kind: string;
	title: string;
	owner: string;
	reviewed: string;
	/** Date the next review was due, `YYYY-MM-DD`. */
	due: string;
	intervalMonths: number;
}

/** Months between reviews: 12 by default; 6 for security terms and for session kits with common issues. */
export const DEFAULT_INTERVAL = 12;
export const FAST_INTERVAL = 6;

const addMonths = (date: Date, months: number) =>
	new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()));
const day = (date: Date) => date.toISOString().slice(0, 10);

/** Every entry due for review on `today`, oldest due date first. */
export function findOverdueEntries(content: ContentSet, today: Date): OverdueEntry[] {
	const candidates = [
		...content.glossary.map((entry) => ({
			entry,
			kind: collections.glossary.label,
			title: entry.data.term,
			interval: entry.data.category === 'security' ? FAST_INTERVAL : DEFAULT_INTERVAL,
		})),
		...content.modules.map((entry) => ({
			entry,
			kind: collections.modules.label,
			title: entry.data.title,
			interval: DEFAULT_INTERVAL,
		})),
		...content.talks.map((entry) => ({
			entry,
			kind: collections.talks.label,
			title: entry.data.title,
			interval: entry.data.commonIssues.length > 0 ? FAST_INTERVAL : DEFAULT_INTERVAL,
		})),
		...content.paths.map((entry) => ({
			entry,
			kind: collections.paths.label,
			title: entry.data.title,
			interval: DEFAULT_INTERVAL,
		})),
		...content.guides.map((entry) => ({
			entry,
			kind: collections.guides.label,
			title: entry.data.title,
			interval: DEFAULT_INTERVAL,
		})),
	];
	return candidates
		.map(({ entry, kind, title, interval }) => ({
			file: entry.file,
			kind,
			title,
			owner: entry.data.owner ?? 'No owner set',
			reviewed: day(entry.data.reviewed),
			due: day(addMonths(entry.data.reviewed, interval)),
			intervalMonths: interval,
		}))
		.filter((entry) => entry.due <= day(today))
		.sort((a, b) => a.due.localeCompare(b.due) || a.file.localeCompare(b.file));
}

/** Overdue entries grouped by owner, owners A–Z. */
export function groupByOwner(entries: readonly OverdueEntry[]): [string, OverdueEntry[]][] {
	const groups = new Map<string, OverdueEntry[]>();
	for (const entry of entries) groups.set(entry.owner, [...(groups.get(entry.owner) ?? []), entry]);
	return [...groups].sort(([a], [b]) => a.localeCompare(b));
}

/** The report as a Markdown table per owner. */
export function formatReviewReport(entries: readonly OverdueEntry[], today: Date): string {
	if (entries.length === 0) return `Nothing is overdue for review on ${day(today)}.\n`;
	const lines = [`${entries.length} entries are overdue for review on ${day(today)}.`];
	for (const [owner, group] of groupByOwner(entries)) {
		lines.push(
			'',
			`## ${owner} (${group.length})`,
			'',
			'| Due | Reviewed | Kind | Title | File |',
			'|---|---|---|---|---|',
		);
		for (const entry of group)
			lines.push(
				`| ${entry.due} | ${entry.reviewed} | ${entry.kind} | ${entry.title} | ${entry.file} |`,
			);
	}
	return `${lines.join('\n')}\n`;
}
