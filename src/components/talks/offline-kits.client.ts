// <cg-offline-kits>: registers the service worker that keeps the kits on the device (Workbox's
// window library), says when they are ready offline, and offers a reload when a new deployment
// has installed beside the running one.
import { Workbox } from 'workbox-window';

class OfflineKits extends HTMLElement {
	connectedCallback() {
		const { worker, scope } = this.dataset;
		if (!worker || !('serviceWorker' in navigator)) return;
		const workbox = new Workbox(worker, { scope });
		const update = this.querySelector<HTMLElement>('[data-update]')!;
		let waiting: ServiceWorker | undefined;
		workbox.addEventListener('waiting', (event) => {
			// A new version waits only beside an older one. On a first visit Workbox can still
			// report the first worker as waiting, when it takes longer than Workbox's 200 ms guess
			// to start (a slow or busy device); that is not an update.
			void navigator.serviceWorker.getRegistration(scope).then((registration) => {
				if (!registration?.active || registration.active === event.sw) return;
				waiting = event.sw;
				update.hidden = false;
			});
		});
		// Once the new version has taken over, load the page from it (only after the reader asked).
		this.querySelector('[data-reload]')!.addEventListener('click', () => {
			waiting?.addEventListener('statechange', () => {
				if (waiting?.state === 'activated') location.reload();
			});
			workbox.messageSkipWaiting();
		});
		void workbox
			.register()
			.then(() => navigator.serviceWorker.ready)
			.then(() => {
				if (this.dataset.announceReady !== undefined)
					this.querySelector<HTMLElement>('[data-ready]')!.hidden = false;
			})
			.catch(() => {
				// No service worker (private mode, an old browser): the pages still work online.
			});
	}
}

customElements.define('cg-offline-kits', OfflineKits);
