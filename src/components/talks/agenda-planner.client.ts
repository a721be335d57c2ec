// <cg-agenda-planner>: recomputes the agenda's clock times for the start the facilitator picks,
// and builds a calendar invite for the chosen date and time in the browser.
import { formatClock, parseClock } from '../../lib/talks/agenda.ts';

class AgendaPlanner extends HTMLElement {
	#url: string | undefined;

	connectedCallback() {
		const start = this.querySelector<HTMLInputElement>('input[name="start"]')!;
		const date = this.querySelector<HTMLInputElement>('input[name="date"]')!;
		const link = this.querySelector<HTMLAnchorElement>('[data-invite-link]')!;
		date.closest<HTMLElement>('[data-needs-js]')!.hidden = false;
		const tomorrow = new Date(Date.now() + 86_400_000);
		date.value = tomorrow.toISOString().slice(0, 10);
		date.min = new Date().toISOString().slice(0, 10);

		const renderTimes = () => {
			let clock: number;
			try {
				clock = parseClock(start.value);
			} catch {
				return;
			}
			this.querySelector('[data-start-label]')!.textContent = formatClock(clock);
			for (const row of this.querySelectorAll<HTMLElement>('tr[data-minutes]')) {
				const minutes = Number(row.dataset.minutes);
				row.querySelector('[data-time]')!.textContent =
					`${formatClock(clock)}–${formatClock(clock + minutes)}`;
				clock += minutes;
			}
		};
		start.addEventListener('input', renderTimes);

		link.addEventListener('click', (event) => {
			if (!date.value || !start.value) return;
			event.preventDefault();
			void this.#download(date.value, start.value, link);
		});
	}

	async #download(date: string, start: string, link: HTMLAnchorElement) {
		const { buildTalkInvite } = await import('../../lib/talks/ics.ts');
		const { talk, timeZone, pageUrl } = JSON.parse(this.dataset.invite ?? '{}') as {
			talk: Parameters<typeof buildTalkInvite>[0];
			timeZone: string;
			pageUrl: string;
		};
		const ics = buildTalkInvite(talk, {
			id: this.dataset.id ?? 'session',
			date,
			start,
			timeZone,
			pageUrl,
			issued: new Date(),
		});
		if (this.#url) URL.revokeObjectURL(this.#url);
		this.#url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }));
		const download = document.createElement('a');
		download.href = this.#url;
		download.download = `${this.dataset.id ?? 'session'}-${date}.ics`;
		document.body.append(download);
		download.click();
		download.remove();
		link.blur();
	}
}

customElements.define('cg-agenda-planner', AgendaPlanner);
