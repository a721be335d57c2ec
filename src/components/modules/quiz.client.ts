// <cg-quiz>: choose, check, see the score and what was missed with why, try the missed questions
// again (right answers are kept). The best score is saved with the reader's progress, and a score
// at the pass mark completes the module. Without JavaScript the questions and the explanations
// ("Show the answers") are still there to read.
import { describeScore, scoreQuiz } from '../../lib/modules/quiz.ts';
import { recordAttempt } from '../../lib/progress/store.ts';
import { updateProgress } from '../progress/progress.client.ts';

const inputsOf = (fieldset: HTMLFieldSetElement) => [...fieldset.querySelectorAll('input')];
const textOf = (element: Element | null) => element?.textContent.replace(/\s+/g, ' ').trim() ?? '';

/** A list item per choice of a question whose input passes the test: its text, then its why. */
const describeChoices = (
	fieldset: HTMLFieldSetElement,
	test: (input: HTMLInputElement) => boolean,
) =>
	inputsOf(fieldset).flatMap((input, c) => {
		if (!test(input)) return [];
		const item = document.createElement('li');
		const text = textOf(input.closest('label')!.querySelector('span'));
		const why = textOf(fieldset.querySelector(`[data-choice="${c}"] [data-why]`));
		item.textContent = `“${text}” ${why}`;
		return [item];
	});

class Quiz extends HTMLElement {
	connectedCallback() {
		const form = this.querySelector('form')!;
		const questions = [...this.querySelectorAll<HTMLFieldSetElement>('[data-question]')];
		const result = this.querySelector<HTMLElement>('[data-result]')!;
		const retry = this.querySelector<HTMLButtonElement>('[data-retry]')!;
		const summary = this.querySelector<HTMLElement>('[data-summary]')!;
		const missed = this.querySelector<HTMLElement>('[data-missed]')!;
		const missedList = this.querySelector<HTMLElement>('[data-missed-list]')!;
		const item = this.querySelector<HTMLTemplateElement>('template[data-missed-item]')!;
		let perQuestion: boolean[] = [];
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
			perQuestion = score.perQuestion;
			result.textContent = describeScore(score, required);
			missedList.replaceChildren(
				...questions.flatMap((fieldset, q) => {
					if (score.perQuestion[q]) return [];
					const entry = item.content.cloneNode(true) as DocumentFragment;
					const link = entry.querySelector<HTMLAnchorElement>('[data-link]')!;
					link.href = `#${fieldset.id}`;
					link.textContent = `Question ${q + 1}: ${textOf(fieldset.querySelector('[data-question-text]'))}`;
					entry
						.querySelector('[data-picked]')!
						.replaceChildren(...describeChoices(fieldset, (input) => input.checked));
					entry
						.querySelector('[data-right]')!
						.replaceChildren(
							...describeChoices(fieldset, (input) => input.dataset.correct === 'true'),
						);
					return [entry];
				}),
			);
			missed.hidden = score.correct === score.total;
			submit.hidden = true;
			retry.hidden = false;
			// The score is what the learner wants first; the missed list follows, then Try again.
			summary.focus();
			const id = this.dataset.id ?? '';
			updateProgress((record, now) => recordAttempt(record, id, score, required, now));
		});

		retry.addEventListener('click', () => {
			// Right answers stay as they are; only the missed questions open again. After a full
			// score, Try again starts from scratch.
			const keep = perQuestion.some((right) => !right) ? perQuestion : [];
			const open = questions.filter((_, q) => !keep[q]);
			for (const fieldset of open) {
				for (const input of inputsOf(fieldset)) {
					input.checked = false;
					input.disabled = false;
					const label = input.closest<HTMLElement>('label')!;
					label.dataset.state = '';
					label.querySelector('[data-verdict]')!.textContent = '';
				}
				const details = fieldset.querySelector<HTMLDetailsElement>('[data-answers]')!;
				details.open = false;
				details.hidden = true;
			}
			const kept = questions.length - open.length;
			result.textContent =
				kept > 0
					? `${kept === 1 ? 'Your 1 right answer is' : `Your ${kept} right answers are`} kept. Answer the ${open.length} you missed again, then check.`
					: '';
			missed.hidden = true;
			missedList.replaceChildren();
			submit.hidden = false;
			retry.hidden = true;
			open[0]?.querySelector('input')?.focus();
		});
	}
}

customElements.define('cg-quiz', Quiz);
