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
		popup.classList.remove('cg-term__popup--above');
		popup.style.left = '0px';
		// Keep the popup inside the viewport: shift it left or right, and flip it above when needed.
		const anchor = this.getBoundingClientRect();
		const box = popup.getBoundingClientRect();
		const width = document.documentElement.clientWidth;
		const shift = Math.max(8 - anchor.left, Math.min(0, width - 8 - (anchor.left + box.width)));
		popup.style.left = `${shift}px`;
		if (box.bottom > window.innerHeight - 8 && box.height < anchor.top)
			popup.classList.add('cg-term__popup--above');
	}

	hide() {
		window.clearTimeout(this.#hideTimer);
		if (this.#popup) this.#popup.hidden = true;
		if (TermTooltip.open === this) TermTooltip.open = undefined;
	}
}

document.addEventListener('keydown', (event) => {
	if (event.key === 'Escape') TermTooltip.open?.hide();
});
document.addEventListener('pointerdown', (event) => {
	if (TermTooltip.open && event.target instanceof Node && !TermTooltip.open.contains(event.target))
		TermTooltip.open.hide();
});

customElements.define('cg-term', TermTooltip);

export {};
