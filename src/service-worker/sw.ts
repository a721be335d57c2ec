// The service worker (bundled into dist/sw.js by src/integrations/offline-kits.ts): keeps the
// session kits, their presenter mode and handouts on the device, so a facilitator can run a
// session without a network. Workbox's precaching fetches and versions the files; a new
// deployment installs beside the old one and waits until the page asks it to take over.
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import type { PrecacheEntry } from '../lib/offline/precache.ts';

/** The worker's own scope; the DOM library describes a window, so only what is used here. */
declare const self: {
	skipWaiting(): Promise<void>;
	addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
};
/** Replaced by the build with the list of files to keep. */
declare const __PRECACHE__: PrecacheEntry[];

cleanupOutdatedCaches();
// A kit's pages read their query (`?view=audience`, the catalogue's filters) in the browser, so
// any query answers from the one cached page.
precacheAndRoute(__PRECACHE__, { ignoreURLParametersMatching: [/.*/] });

self.addEventListener('message', (event) => {
	if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
