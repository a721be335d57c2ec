import type { z } from 'astro/zod';

/** Top-level field names a failed parse complains about (unknown keys by their own name). */
export function failingFields(result: z.ZodSafeParseResult<unknown>): PropertyKey[] {
	if (result.success) return [];
	return result.error.issues.map(
		(issue) =>
			issue.path[0] ?? (issue.code === 'unrecognized_keys' ? (issue.keys[0] ?? '') : '(entry)'),
	);
}
