import { accessSync, constants } from 'node:fs';

/** Where Debian, Ubuntu and other Linux distributions install Chromium or Chrome. */
export const fullChromiumPaths = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
];

/**
 * Where the browser tests look, first to last. Debian's `chromium-headless-shell` is the same
 * Chromium build without the desktop browser around it (what Playwright itself runs headless); it
 * runs the browser tests in a little over half the time, so it comes first when installed.
 */
export const testChromiumPaths = [
	'/usr/bin/chromium-headless-shell',
	'/usr/lib/chromium/chromium-headless-shell',
	...fullChromiumPaths,
];

/** What to do when no browser is found; printed by `npm test` before it fails. */
export const missingChromiumMessage = [
	'No Chromium found, so the browser tests cannot run.',
	'Install one:  sudo apt-get install -y chromium-headless-shell   (Debian; or chromium)',
	'or point to an installed Chromium or Chrome:  CHROME_PATH=/path/to/chrome npm test',
].join('\n');

/** Finds an executable Chromium: `CHROME_PATH` first, then the candidates in order; throws with install advice. */
export function findChromium(
	env: NodeJS.ProcessEnv = process.env,
	candidates: readonly string[] = testChromiumPaths,
): string {
	const isExecutable = (path: string) => {
		try {
			accessSync(path, constants.X_OK);
			return true;
		} catch {
			return false;
		}
	};
	if (env.CHROME_PATH) {
		if (isExecutable(env.CHROME_PATH)) return env.CHROME_PATH;
		throw new Error(
			`CHROME_PATH is set to ${env.CHROME_PATH}, but nothing executable is there.\n${missingChromiumMessage}`,
		);
	}
	const found = candidates.find(isExecutable);
	if (!found) throw new Error(missingChromiumMessage);
	return found;
}

/** Flags for a headless Chromium that makes no network requests of its own. */
export const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];
