// <cg-feedback-form>: keeps an attendee's answers on the device while they type (a reload or a
// locked phone loses nothing), and sends them by copy or by e-mail. Nothing goes to a server.
import {
	formatFeedback,
	getFeedbackMailto,
	getFeedbackStorageKey,
	hasAnswers,
	parseSavedFeedback,
	serialiseFeedback,
} from '../../lib/talks/feedback.ts';
import { readStorage, removeStorage, writeStorage } from '../../lib/site/device-storage.ts';

class FeedbackForm extends HTMLElement {
	#key = getFeedbackStorageKey(this.dataset.kit ?? '');
	#title = this.dataset.title ?? '';
	#questions = JSON.parse(this.dataset.questions ?? '[]') as string[];
	#boxes = [...this.querySelectorAll('textarea')];
	#status = this.querySelector<HTMLElement>('[data-status]')!;

	connectedCallback() {
		const saved = parseSavedFeedback(this.#questions.length, readStorage(this.#key));
		if (saved.damaged) {
			this.#say('Your saved answers could not be read, so the form starts empty.');
			removeStorage(this.#key);
		}
		this.#boxes.forEach((box, index) => {
			if (saved.answers[index]) box.value = saved.answers[index];
		});
		this.querySelectorAll<HTMLElement>('[data-action]').forEach(
			(button) => (button.hidden = false),
		);
		this.addEventListener('input', () => this.#save());
		this.querySelector('form')!.addEventListener('submit', (event) => {
			event.preventDefault();
			if (!this.#check()) return;
			location.href = getFeedbackMailto(this.#title, this.#message());
			this.#say(
				'Your mail app should open with the answers. Add the presenter’s address and send.',
			);
		});
		this.addEventListener('click', (event) => {
			const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset
				.action;
			if (action === 'copy') void this.#copy();
			if (action === 'clear') this.#clear();
		});
	}

	#answers() {
		return this.#boxes.map((box) => box.value);
	}

	#message() {
		return formatFeedback(this.#title, this.#questions, this.#answers());
	}

	#check(): boolean {
		if (hasAnswers(this.#answers())) return true;
		this.#say('Write an answer to at least one question first.');
		this.#boxes[0]?.focus();
		return false;
	}

	async #copy() {
		if (!this.#check()) return;
		try {
			await navigator.clipboard.writeText(this.#message());
			this.#say('Copied. Paste your answers into a chat or a mail to the presenter.');
		} catch {
			this.#say('This browser did not allow copying. Use “E-mail my answers” instead.');
		}
	}

	#clear() {
		this.#boxes.forEach((box) => (box.value = ''));
		removeStorage(this.#key);
		this.#say('The form is empty again.');
		this.#boxes[0]?.focus();
	}

	#save() {
		// Without storage the answers stay in the form until the page closes.
		if (hasAnswers(this.#answers())) writeStorage(this.#key, serialiseFeedback(this.#answers()));
		else removeStorage(this.#key);
	}

	#say(text: string) {
		this.#status.textContent = text;
	}
}

customElements.define('cg-feedback-form', FeedbackForm);
