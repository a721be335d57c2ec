// <cg-last-run>: shows the newest presenter-mode run of a kit from this device's history.
import { formatLocalDay } from '../../lib/site/dates.ts';
import { readStorage, removeStorage } from '../../lib/site/device-storage.ts';
import { getRunHistoryKey, parseRunHistory } from '../../lib/talks/run-history.ts';
import { renderRunRows } from './run-rows.ts';

class LastRun extends HTMLElement {
	connectedCallback() {
		const key = getRunHistoryKey(this.dataset.kit ?? '');
		const { history, damaged } = parseRunHistory(readStorage(key));
		this.querySelector<HTMLElement>('[data-needs-js]')!.hidden = false;
		if (damaged) {
			removeStorage(key);
			this.querySelector('[data-notice]')!.textContent =
				'The saved times of earlier runs could not be read, so they were cleared.';
		}
		const run = history.runs[0];
		if (!run) return;
		const { total } = renderRunRows(this.querySelector('[data-run-rows]')!, run);
		this.querySelector<HTMLElement>('[data-empty]')!.hidden = true;
		this.querySelector<HTMLElement>('[data-run]')!.hidden = false;
		const earlier = history.runs.length - 1;
		this.querySelector('[data-intro]')!.textContent =
			`${formatLocalDay(new Date(run.endedAt))}, ${run.version}: ${total.actual} against ${total.planned} planned (${total.difference}).` +
			(earlier > 0
				? ` This device keeps ${earlier} earlier run${earlier === 1 ? '' : 's'} too.`
				: '');
	}
}

customElements.define('cg-last-run', LastRun);
