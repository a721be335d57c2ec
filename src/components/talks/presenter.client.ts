// <cg-presenter>: one slide at a time, countdowns for the segment and the session, keyboard
// shortcuts, speaker notes and slide changes announced to screen readers. Everything it needs is
// in the page, so it keeps working offline once loaded.
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
import { getShortcutAction } from '../../lib/talks/shortcuts.ts';

class Presenter extends HTMLElement {
	#plan: PresenterPlan = JSON.parse(this.dataset.plan ?? '{"segments":[]}') as PresenterPlan;
	#state = startPresenter(this.#plan);
	#slides = [...this.querySelectorAll<HTMLElement>('[data-slide]')];
	#help = this.querySelector<HTMLDialogElement>('dialog[data-help]')!;
	#button = (action: string) => this.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;

	connectedCallback() {
		document.documentElement.classList.add('js');
		this.querySelector<HTMLElement>('.controls')!.hidden = false;
		this.addEventListener('click', (event) => {
			const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset
				.action;
			if (action) this.#do(action);
		});
		document.addEventListener('keydown', (event) => {
			if (event.ctrlKey || event.metaKey || event.altKey) return;
			if (this.#help.open && event.key !== '?') return;
			const action = getShortcutAction(event.key);
			if (!action) return;
			if (event.key === ' ' && (event.target as HTMLElement).closest('button, a')) return;
			event.preventDefault();
			this.#do(action);
		});
		this.#show(false);
		window.setInterval(() => this.#renderTimers(), 250);
	}

	#do(action: string) {
		const now = Date.now();
		const plan = this.#plan;
		if (action === 'next' || action === 'prev') {
			this.#state = goTo(plan, this.#state, this.#state.slide + (action === 'next' ? 1 : -1), now);
			this.#show(true);
		} else if (action === 'pause') {
			this.#state = togglePause(plan, this.#state, now);
			const button = this.#button('pause');
			button.textContent = this.#state.running ? 'Pause timer' : 'Resume timer';
			button.setAttribute('aria-pressed', String(this.#state.running));
		} else if (action === 'add') {
			this.#state = addMinute(plan, this.#state);
			this.#announce('One minute added to this segment.');
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
		this.#renderTimers();
	}

	#show(announce: boolean) {
		const current = this.#state.slide;
		this.#slides.forEach((slide, index) => (slide.hidden = index !== current));
		const label = this.#slides[current]?.getAttribute('aria-label') ?? '';
		this.querySelector<HTMLElement>('[data-position]')!.textContent =
			`Slide ${current + 1} of ${countSlides(this.#plan)}`;
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
