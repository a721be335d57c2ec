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

/**
 * An environment whose builds all stand for the same day: `SOURCE_DATE_EPOCH` kept when set,
 * otherwise set to today's build date, so a test run that crosses midnight UTC builds the same
 * site twice (the invites' DTSTAMP and the review dates follow the build date).
 */
export function pinBuildDate(
	env: Record<string, string | undefined>,
	now = new Date(),
): Record<string, string | undefined> {
	const seconds = Math.floor(getBuildDate(env, now).getTime() / 1000);
	return { ...env, SOURCE_DATE_EPOCH: String(seconds) };
}
