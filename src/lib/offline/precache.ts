import { createHash } from 'node:crypto';

/** The service worker's file, at the root of the site (below the base path). */
export const SERVICE_WORKER_FILE = 'sw.js';

/** One file the service worker keeps: its address and, for a file whose name never changes, a hash. */
export interface PrecacheEntry {
	url: string;
	/** Changes whenever the content does; null for a file whose name changes with its content. */
	revision: string | null;
}

/**
 * The pages a facilitator needs in a room without Wi-Fi: the kit catalogue, and for every kit its
 * page, presenter mode (each variant too), handout, cards and feedback sheet. Attendees' pages
 * (words of the day, feedback form) are opened on their own phones, online.
 */
const KIT_PAGE =
	/^talks\/(?:[^/]+\/(?:present\/(?:[^/]+\/)?|handout\/|cards\/|feedback-sheet\/)?)?index\.html$/;
/** Scripts and styles (named by their content) and the icon every page asks for. */
const ASSET = /^(?:_astro\/[^/]+\.(?:js|css)|favicon\.svg)$/;

/** Whether a built file (a path below the output folder, `/`-separated) is kept for offline use. */
export function isOfflineFile(path: string): boolean {
	return KIT_PAGE.test(path) || ASSET.test(path);
}

/**
 * The precache list for the service worker: every offline file under the base path, pages by
 * their directory address (`/talks/x/`, as links and the address bar have them), in a stable
 * order so the same build writes the same worker.
 */
export function buildPrecacheList(
	files: readonly { path: string; content: Uint8Array | string }[],
	base: string,
): PrecacheEntry[] {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return files
		.filter((file) => isOfflineFile(file.path))
		.map((file) => ({
			url: `${prefix}${file.path.replace(/index\.html$/, '')}`,
			revision: file.path.startsWith('_astro/')
				? null
				: createHash('sha256').update(file.content).digest('hex').slice(0, 16),
		}))
		.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}
