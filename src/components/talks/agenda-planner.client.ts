// <cg-agenda-planner>: recomputes the agenda's clock times for the start the facilitator picks,
// and builds a calendar invite for the chosen date and time in the browser.
import { formatClock, parseClock } from '../../lib/talks/agenda.ts';
import { downloadText } from '../download.client.ts';

class AgendaPlanner extends HTMLElement {
	connectedCallback() {
		const start = this.querySelector<HTMLInputElement>('input[name="start"]')!;
		const date = this.querySelector<HTMLInputElement>('input[name="date"]')!;
		const link = this.querySelector<HTMLAnchorElement>('[data-invite-link]')!;
		const place = this.querySelector<HTMLInputElement>('input[name="location"]')!;
		const meeting = this.querySelector<HTMLInputElement>('input[name="meeting-link"]')!;
		const linkError = this.querySelector<HTMLElement>('[data-link-error]')!;
		for (const field of this.querySelectorAll<HTMLElement>('[data-needs-js]')) field.hidden = false;
		this.#showOwnZone();
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

		meeting.addEventListener('input', () => {
			meeting.removeAttribute('aria-invalid');
			linkError.textContent = '';
		});
		link.addEventListener('click', (event) => {
			if (!date.value || !start.value) return;
			event.preventDefault();
			if (!meeting.checkValidity()) {
				meeting.setAttribute('aria-invalid', 'true');
				linkError.textContent =
					'The video-call link must be a whole address starting with https://, or left empty.';
				meeting.focus();
				return;
			}
			void this.#download(date.value, start.value, link, {
				location: place.value,
				meetingLink: meeting.value,
			});
		});
	}

	/** Says so when this device's clock is in another time zone than the times shown. */
	#showOwnZone() {
		const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
		const { timeZone } = JSON.parse(this.dataset.invite ?? '{}') as { timeZone?: string };
		if (timeZone && own !== timeZone)
			this.querySelector('[data-own-zone]')!.textContent = `This device is set to ${own}.`;
	}

	async #download(
		date: string,
		start: string,
		link: HTMLAnchorElement,
		where: { location: string; meetingLink: string },
	) {
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
			...where,
		});
		downloadText(ics, `${this.dataset.id ?? 'session'}-${date}.ics`, 'text/calendar');
		link.blur();
	}
}

customElements.define('cg-agenda-planner', AgendaPlanner);
