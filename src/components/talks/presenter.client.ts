// <cg-presenter>: one slide at a time, countdowns for the segment and the session, keyboard
// shortcuts, speaker notes and slide changes announced to screen readers. Everything it needs is
// in the page, so it keeps working offline once loaded. The same page with ?view=audience is the
// audience window: the slide alone. Both windows share their state over a BroadcastChannel and
// keep it on the device, so either drives both, and a reload carries on where it was.
import {
	addMinute,
	countSlides,
	formatCountdown,
	getRemaining,
	goTo,
	type PresenterPlan,
	startPresenter,
	togglePause,
} from '../../lib/talks/presenter.ts';
import { formatLocalDay } from '../../lib/site/dates.ts';
import { fillFollowUp } from '../../lib/talks/follow-up.ts';
import {
	addRun,
	formatRunText,
	getRunHistoryKey,
	hasRunTime,
	parseRunHistory,
	type SessionRun,
	summariseRun,
} from '../../lib/talks/run-history.ts';
import {
	AUDIENCE_QUERY,
	getPresenterChannelName,
	getPresenterStorageKey,
	getPresenterView,
	isEndRequest,
	parseSavedPresenter,
	readPresenterMessage,
} from '../../lib/talks/presenter-sync.ts';
import { getShortcutAction } from '../../lib/talks/shortcuts.ts';
import { renderRunRows } from './run-rows.ts';
import { readStorage, writeStorage } from '../../lib/site/device-storage.ts';

/** What the end-of-session summary needs, from the page (see presenter-page.ts). */
interface RunFacts {
	kit: string;
	version: string;
	titles: string[];
	followUp: string;
	handoutUrl: string;
	feedbackUrl: string;
}

class Presenter extends HTMLElement {
	#plan: PresenterPlan = JSON.parse(this.dataset.plan ?? '{"segments":[]}') as PresenterPlan;
	#kit = this.dataset.kit ?? '';
	#view = getPresenterView(location.search);
	#state =
		parseSavedPresenter(this.#plan, readStorage(getPresenterStorageKey(this.#kit))) ??
		startPresenter(this.#plan);
	#channel =
		'BroadcastChannel' in window
			? new BroadcastChannel(getPresenterChannelName(this.#kit))
			: undefined;
	/** Set by a swipe, so the click that ends it does not also move on. */
	#swiped = false;
	#slides = [...this.querySelectorAll<HTMLElement>('[data-slide]')];
	#help = this.querySelector<HTMLDialogElement>('dialog[data-help]')!;
	#summary = this.querySelector<HTMLDialogElement>('dialog[data-summary]')!;
	#run = JSON.parse(this.dataset.run ?? '{}') as RunFacts;
	#button = (action: string) => this.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;

	connectedCallback() {
		document.documentElement.classList.add('js');
		document.documentElement.classList.toggle('audience-view', this.#view === 'audience');
		if (this.#view === 'audience') document.title = `${document.title} (audience)`;
		this.querySelector<HTMLElement>('.controls')!.hidden = false;
		this.querySelector<HTMLElement>('[data-next]')!.hidden = this.#view === 'audience';
		this.addEventListener('click', (event) => {
			const target = event.target as HTMLElement;
			const action = target.closest<HTMLElement>('[data-action]')?.dataset.action;
			if (action === 'audience') event.preventDefault();
			if (action) this.#do(action);
			// A click on the slide moves on, as a presentation clicker would (not in the notes).
			else if (target.closest('.slide') && !target.closest('.notes, a')) {
				if (this.#swiped) this.#swiped = false;
				else this.#do('next');
			}
		});
		// The version picker opens the chosen version's own presenter page.
		this.querySelector<HTMLSelectElement>('[data-version]')?.addEventListener('change', (event) => {
			location.assign((event.target as HTMLSelectElement).value);
		});
		this.#listenForSwipes();
		this.#channel?.addEventListener('message', (event: MessageEvent) => {
			if (isEndRequest(event.data)) {
				if (this.#view === 'presenter') this.#end();
				return;
			}
			const state = readPresenterMessage(this.#plan, event.data);
			if (!state) return;
			this.#state = state;
			this.#save();
			this.#show(true);
			this.#renderPause();
			this.#renderTimers();
		});
		document.addEventListener('keydown', (event) => {
			if (event.ctrlKey || event.metaKey || event.altKey) return;
			if (this.#summary.open || (this.#help.open && event.key !== '?')) return;
			const action = getShortcutAction(event.key);
			if (!action) return;
			const target = event.target as HTMLElement;
			// The version picker keeps its own keys; Space presses a focused button or link.
			if (target.closest('select')) return;
			if (event.key === ' ' && target.closest('button, a')) return;
			event.preventDefault();
			this.#do(action);
		});
		this.#show(false);
		this.#renderPause();
		this.#renderTimers();
		window.setInterval(() => this.#renderTimers(), 250);
	}

	#listenForSwipes() {
		let startX: number | undefined;
		const main = this.querySelector('main')!;
		main.addEventListener('pointerdown', (event) => (startX = event.clientX));
		main.addEventListener('pointerup', (event) => {
			if (startX === undefined) return;
			const moved = event.clientX - startX;
			startX = undefined;
			if (Math.abs(moved) < 60) return;
			this.#swiped = true;
			this.#do(moved < 0 ? 'next' : 'prev');
		});
	}

	/** Keeps the state on the device and tells the other window. */
	#share() {
		this.#save();
		this.#channel?.postMessage({ kind: 'state', state: this.#state });
	}

	#save() {
		// Storage full or switched off: the windows still keep in step over the channel.
		writeStorage(getPresenterStorageKey(this.#kit), JSON.stringify(this.#state));
	}

	#renderPause() {
		const button = this.#button('pause');
		const started = this.#state.running || this.#state.used.some((time) => time > 0);
		button.textContent = this.#state.running
			? 'Pause timer'
			: started
				? 'Resume timer'
				: 'Start timer';
		button.setAttribute('aria-pressed', String(this.#state.running));
	}

	#openAudience() {
		const url = `${location.pathname}?${AUDIENCE_QUERY}`;
		const opened = window.open(url, `cg-audience-${this.#kit}`, 'popup,width=1280,height=720');
		if (!opened) {
			this.#announce(
				'The browser blocked the new window. Allow pop-ups for this site, or open the link in a new window.',
			);
			return;
		}
		// With the room watching the other window, this one shows what only the presenter needs.
		document.documentElement.classList.add('show-notes');
		this.#button('notes').setAttribute('aria-pressed', 'true');
		this.#announce(
			'Audience window opened. Move it to the projector and press F there for full screen.',
		);
	}

	#do(action: string) {
		const now = Date.now();
		const plan = this.#plan;
		const moves: Record<string, number> = {
			next: this.#state.slide + 1,
			prev: this.#state.slide - 1,
			first: 0,
			last: countSlides(plan) - 1,
		};
		if (action in moves) {
			this.#state = goTo(plan, this.#state, moves[action]!, now);
			this.#share();
			this.#show(true);
		} else if (action === 'pause') {
			this.#state = togglePause(plan, this.#state, now);
			this.#share();
			this.#renderPause();
		} else if (action === 'add') {
			this.#state = addMinute(plan, this.#state);
			this.#share();
			this.#announce('One minute added to this segment.');
		} else if (action === 'audience') {
			if (this.#view === 'presenter') this.#openAudience();
		} else if (action === 'notes') {
			const shown = document.documentElement.classList.toggle('show-notes');
			this.#button('notes').setAttribute('aria-pressed', String(shown));
		} else if (action === 'fullscreen') {
			if (document.fullscreenElement) void document.exitFullscreen();
			else void document.documentElement.requestFullscreen?.().catch(() => undefined);
		} else if (action === 'help') {
			if (this.#help.open) this.#help.close();
			else this.#help.showModal();
		} else if (action === 'close-help') this.#help.close();
		else if (action === 'end') this.#end();
		else if (action === 'close-summary') this.#summary.close();
		else if (action === 'copy-follow-up') void this.#copyFollowUp();
		this.#renderTimers();
	}

	/**
	 * Ends the session: keeps the run in the kit's history on this device, shows planned against
	 * actual with the follow-up message, and zeroes the timers for the next run (the slide stays,
	 * so the room keeps the codes). The audience window asks the presenter window to do it.
	 */
	#end() {
		if (this.#view === 'audience') {
			this.#channel?.postMessage({ kind: 'end' });
			return;
		}
		const now = Date.now();
		const run = summariseRun(this.#plan, this.#state, now, this.#run.titles, this.#run.version);
		// Without any time there is nothing to compare or keep, but the follow-up is still wanted.
		if (!hasRunTime(run)) return this.#showSummary(run, false);
		const key = getRunHistoryKey(this.#run.kit);
		writeStorage(key, JSON.stringify(addRun(parseRunHistory(readStorage(key)).history, run)));
		this.#state = { ...startPresenter(this.#plan), slide: this.#state.slide };
		this.#share();
		this.#renderPause();
		this.#renderTimers();
		this.#showSummary(run);
	}

	#showSummary(run: SessionRun, timed = true) {
		renderRunRows(this.querySelector('[data-run-rows]')!, run);
		this.querySelector<HTMLElement>('.run-table')!.hidden = !timed;
		this.querySelector('[data-summary-intro]')!.textContent = timed
			? `${run.version}, ended ${formatLocalDay(new Date(run.endedAt))}. The times are kept on this device; the kit page shows the last run.`
			: 'The timer did not run in this session, so there are no times to compare and nothing was kept. Start it with P next time. The follow-up message is ready below.';
		this.querySelector<HTMLTextAreaElement>('[data-follow-up]')!.value = fillFollowUp(
			this.#run.followUp,
			{
				date: formatLocalDay(new Date(run.endedAt)),
				handoutUrl: this.#run.handoutUrl,
				feedbackUrl: this.#run.feedbackUrl,
				...(timed ? { timing: formatRunText(run) } : {}),
			},
		);
		this.querySelector('[data-summary-status]')!.textContent = '';
		if (this.#help.open) this.#help.close();
		this.#summary.showModal();
		// The message starts at its top, and the first thing to do with it has focus.
		this.querySelector<HTMLTextAreaElement>('[data-follow-up]')!.scrollTop = 0;
		this.#button('copy-follow-up').focus();
	}

	async #copyFollowUp() {
		const status = this.querySelector('[data-summary-status]')!;
		try {
			await navigator.clipboard.writeText(
				this.querySelector<HTMLTextAreaElement>('[data-follow-up]')!.value,
			);
			status.textContent = 'Copied. Paste it into a mail, fill the gaps in [brackets] and send.';
		} catch {
			status.textContent = 'This browser did not allow copying. Select the text and copy it.';
		}
	}

	#show(announce: boolean) {
		const current = this.#state.slide;
		this.#slides.forEach((slide, index) => (slide.hidden = index !== current));
		const label = this.#slides[current]?.getAttribute('aria-label') ?? '';
		this.querySelector<HTMLElement>('[data-position]')!.textContent =
			`Slide ${current + 1} of ${countSlides(this.#plan)}`;
		const next = this.#slides[current + 1];
		this.querySelector<HTMLElement>('[data-next-title]')!.textContent = next
			? (next.querySelector('h2')?.textContent ?? '')
			: 'the end of the session';
		if (announce) this.#announce(label);
	}

	#announce(text: string) {
		this.querySelector<HTMLElement>('[data-announce]')!.textContent = text;
	}

	#renderTimers() {
		const times = getRemaining(this.#plan, this.#state, Date.now());
		const render = (name: string, left: number, level: string) => {
			const timer = this.querySelector<HTMLElement>(`[data-timer="${name}"]`)!;
			timer.dataset.level = level;
			timer.querySelector('[data-left]')!.textContent = formatCountdown(left);
			timer.querySelector('[data-state]')!.textContent =
				level === 'over'
					? 'over time'
					: level === 'soon'
						? 'almost up'
						: this.#state.running
							? ''
							: 'paused';
		};
		render('segment', times.segmentLeft, times.segmentLevel);
		render('session', times.sessionLeft, times.sessionLevel);
	}
}

customElements.define('cg-presenter', Presenter);
