// <cg-term>: shows a term's short definition on hover, keyboard focus and tap; Esc and an
// outside tap close it. Markup comes from src/markdown/term-markup.ts.

class TermTooltip extends HTMLElement {
	/** The one tooltip that is open, so opening another closes it. */
	static open: TermTooltip | undefined;
	#link = this.querySelector<HTMLAnchorElement>('.cg-term__link');
	#popup = this.querySelector<HTMLElement>('.cg-term__popup');
	#hideTimer = 0;
	/** Whether the popup was already showing when the current tap began (focus opens it first). */
	#openBeforeTap = false;

	connectedCallback() {
		if (!this.#link || !this.#popup) return;
		this.addEventListener('pointerenter', (event) => {
			if (event.pointerType === 'mouse') this.show();
		});
		this.addEventListener('pointerleave', (event) => {
			if (event.pointerType === 'mouse')
				this.#hideTimer = window.setTimeout(() => this.hide(), 150);
		});
		this.addEventListener('focusin', () => this.show());
		this.addEventListener('focusout', (event) => {
			if (!this.contains(event.relatedTarget as Node | null)) this.hide();
		});
		// On touch, the first tap shows the definition; the popup's link (or a second tap) opens the entry.
		this.#link.addEventListener('pointerdown', (event) => {
			this.dataset.touch = String(event.pointerType !== 'mouse');
			this.#openBeforeTap = this.#popup?.hidden === false;
		});
		this.#link.addEventListener('click', (event) => {
			if (this.dataset.touch === 'true' && !this.#openBeforeTap) {
				event.preventDefault();
				this.#openBeforeTap = true;
				this.show();
			}
		});
	}

	show() {
		window.clearTimeout(this.#hideTimer);
		if (TermTooltip.open && TermTooltip.open !== this) TermTooltip.open.hide();
		TermTooltip.open = this;
		const popup = this.#popup!;
		popup.hidden = false;
		if (topLayer) {
			// In the top layer nothing on the page (the table of contents, a sticky header) can paint over it.
			popup.popover = 'manual';
			if (!popup.matches(':popover-open')) popup.showPopover();
		}
		this.place();
	}

	/** Keeps the popup inside the viewport: shifted left or right, and above the link when below does not fit. */
	place() {
		const popup = this.#popup!;
		const anchor = (this.#link ?? this).getBoundingClientRect();
		const width = document.documentElement.clientWidth;
		popup.classList.remove('cg-term__popup--above');
		popup.style.left = '0px';
		if (topLayer) popup.style.top = '0px';
		const box = popup.getBoundingClientRect();
		const left = Math.max(8, Math.min(anchor.left, width - 8 - box.width));
		const below =
			anchor.bottom + 4 + box.height <= window.innerHeight - 8 || box.height >= anchor.top;
		if (topLayer) {
			popup.style.left = `${left}px`;
			popup.style.top = `${below ? anchor.bottom + 4 : anchor.top - 4 - box.height}px`;
		} else {
			popup.style.left = `${left - anchor.left}px`;
			if (!below) popup.classList.add('cg-term__popup--above');
		}
	}

	hide() {
		window.clearTimeout(this.#hideTimer);
		const popup = this.#popup;
		if (popup) {
			if (topLayer && popup.matches(':popover-open')) popup.hidePopover();
			popup.hidden = true;
		}
		if (TermTooltip.open === this) TermTooltip.open = undefined;
	}
}

/** Whether this browser has the top layer for popups (the Popover API). */
const topLayer = 'showPopover' in HTMLElement.prototype;

// A popup in the top layer is placed in the viewport, so it follows its link when the page moves.
for (const type of ['scroll', 'resize'])
	window.addEventListener(type, () => TermTooltip.open?.place(), { passive: true, capture: true });

document.addEventListener('keydown', (event) => {
	if (event.key === 'Escape') TermTooltip.open?.hide();
});
document.addEventListener('pointerdown', (event) => {
	if (TermTooltip.open && event.target instanceof Node && !TermTooltip.open.contains(event.target))
		TermTooltip.open.hide();
});

customElements.define('cg-term', TermTooltip);

export {};
