// <cg-sync-wins>: shows the wins logged since the date of the last sync, which the facilitator
// sets once; the date is remembered in this browser only.
import { readStorage, writeStorage } from '../../lib/site/device-storage.ts';

const STORAGE_KEY = 'cg:last-sync';

class SyncWins extends HTMLElement {
	connectedCallback() {
		const input = this.querySelector<HTMLInputElement>('input[name="since"]')!;
		this.querySelector<HTMLElement>('[data-needs-js]')!.hidden = false;
		this.querySelector<HTMLElement>('[data-no-js]')!.hidden = true;
		const monthAgo = new Date();
		monthAgo.setMonth(monthAgo.getMonth() - 1);
		const saved = readStorage(STORAGE_KEY);
		input.value =
			saved && /^\d{4}-\d{2}-\d{2}$/.test(saved) ? saved : monthAgo.toISOString().slice(0, 10);
		const apply = () => {
			let shown = 0;
			for (const item of this.querySelectorAll<HTMLElement>('li[data-date]')) {
				item.hidden = Boolean(input.value) && (item.dataset.date ?? '') < input.value;
				if (!item.hidden) shown++;
			}
			this.querySelector<HTMLElement>('[data-empty]')!.hidden = shown > 0;
			this.querySelector<HTMLElement>('[data-count]')!.textContent =
				`${shown} ${shown === 1 ? 'win' : 'wins'} since then`;
		};
		input.addEventListener('input', () => {
			// Private browsing may refuse storage; the filter still works for this visit.
			writeStorage(STORAGE_KEY, input.value);
			apply();
		});
		apply();
	}
}

customElements.define('cg-sync-wins', SyncWins);
