/**
 * The date a build stands for: `SOURCE_DATE_EPOCH` (seconds) when set, for reproducible builds,
 * otherwise today at midnight UTC, so two builds on the same day are identical.
 */
export function getBuildDate(
	env: Record<string, string | undefined> = process.env,
	now = new Date(),
): Date {
	const epoch = Number(env.SOURCE_DATE_EPOCH);
	if (env.SOURCE_DATE_EPOCH && Number.isFinite(epoch)) return new Date(epoch * 1000);
	return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
