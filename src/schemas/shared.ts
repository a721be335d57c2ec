import { z } from 'astro/zod';
import { ID_PATTERN } from './id.ts';

/** Kebab-case slug used for every content id and cross-reference (`vpn`, `security-basics`). */
export const idSchema = z
	.string()
	.regex(ID_PATTERN, 'use lowercase letters, digits and single hyphens (kebab-case)');

/** Calendar date as written by authors (`2026-11-01`); YAML may already have turned it into a Date. */
export const isoDateSchema = z.union([z.date(), z.string()]).transform((value, ctx) => {
	if (value instanceof Date) {
		if (!Number.isNaN(value.getTime())) return value;
	} else {
		const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
		if (match) {
			const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
			const date = new Date(Date.UTC(year, month - 1, day));
			if (date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return date;
		}
	}
	ctx.addIssue({ code: 'custom', message: 'expected a real calendar date written as YYYY-MM-DD' });
	return z.NEVER;
});

/** Non-empty trimmed text. */
export const textSchema = z.string().trim().min(1, 'must not be empty');

/** Words in a Markdown string, for length rules written in words. */
export function countWords(markdown: string): number {
	return markdown.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
