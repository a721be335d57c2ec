// <cg-quiz>: choose, check, read why each choice is right or wrong, see the score, try again.
// The best score is saved with the reader's progress, and a score at the pass mark completes the
// module. Without JavaScript the questions and the explanations ("Show the answers") are still
// there to read.
import { describeScore, scoreQuiz } from '../../lib/modules/quiz.ts';
import { recordAttempt } from '../../lib/progress/store.ts';
import { updateProgress } from '../progress/progress.client.ts';

const inputsOf = (fieldset: HTMLFieldSetElement) => [...fieldset.querySelectorAll('input')];

class Quiz extends HTMLElement {
	connectedCallback() {
		const form = this.querySelector('form')!;
		const questions = [...this.querySelectorAll<HTMLFieldSetElement>('[data-question]')];
		const result = this.querySelector<HTMLElement>('[data-result]')!;
		const retry = this.querySelector<HTMLButtonElement>('[data-retry]')!;
		const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
		this.querySelector<HTMLElement>('[data-actions]')!.hidden = false;
		for (const details of this.querySelectorAll<HTMLElement>('[data-answers]'))
			details.hidden = true;

		form.addEventListener('submit', (event) => {
			event.preventDefault();
			const unanswered = questions.findIndex(
				(fieldset) => !inputsOf(fieldset).some((input) => input.checked),
			);
			if (unanswered !== -1) {
				result.textContent = `Answer question ${unanswered + 1} first.`;
				inputsOf(questions[unanswered]!)[0]?.focus();
				return;
			}
			const answers = questions.map((fieldset) =>
				inputsOf(fieldset).flatMap((input, index) => (input.checked ? [index] : [])),
			);
			const score = scoreQuiz(
				questions.map((fieldset) => ({
					choices: inputsOf(fieldset).map((input) => ({
						correct: input.dataset.correct === 'true',
					})),
				})),
				answers,
			);
			for (const fieldset of questions) {
				inputsOf(fieldset).forEach((input, c) => {
					const label = input.closest('label')!;
					const correct = input.dataset.correct === 'true';
					label.dataset.state = input.checked ? (correct ? 'right' : 'wrong') : '';
					label.querySelector('[data-verdict]')!.textContent = input.checked
						? correct
							? '✓ Right'
							: '✗ Not right'
						: '';
					input.disabled = true;
					fieldset.querySelector<HTMLElement>(`[data-choice="${c}"]`)!.dataset.picked = String(
						input.checked,
					);
				});
				const details = fieldset.querySelector<HTMLDetailsElement>('[data-answers]')!;
				details.hidden = false;
				details.open = true;
			}
			const required = Number(this.dataset.required ?? score.total);
			result.textContent = describeScore(score, required);
			submit.hidden = true;
			retry.hidden = false;
			retry.focus();
			const id = this.dataset.id ?? '';
			updateProgress((record, now) => recordAttempt(record, id, score, required, now));
		});

		retry.addEventListener('click', () => {
			form.reset();
			for (const input of form.querySelectorAll('input')) input.disabled = false;
			for (const label of form.querySelectorAll<HTMLElement>('label')) {
				label.dataset.state = '';
				label.querySelector('[data-verdict]')!.textContent = '';
			}
			for (const details of this.querySelectorAll<HTMLDetailsElement>('[data-answers]')) {
				details.open = false;
				details.hidden = true;
			}
			result.textContent = '';
			submit.hidden = false;
			retry.hidden = true;
			questions[0]?.querySelector('input')?.focus();
		});
	}
}

customElements.define('cg-quiz', Quiz);
