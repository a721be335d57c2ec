// <cg-path-progress>: ticks path steps, counts what is done (modules completed and terms viewed
// anywhere on the site count too) and points at the next step.
import {
	getPathProgress,
	isStepDone,
	type TrackableStep,
} from '../../lib/learning-paths/progress.ts';
import { setTask } from '../../lib/progress/store.ts';
import { updateProgress, watchProgress } from './progress.client.ts';

class PathProgress extends HTMLElement {
	connectedCallback() {
		const pathId = this.dataset.path ?? '';
		const rows = [...this.querySelectorAll<HTMLElement>('[data-step]')];
		const steps: TrackableStep[] = rows.map((row) => ({
			key: row.dataset.step ?? '',
			kind: (row.dataset.kind ?? 'task') as TrackableStep['kind'],
			owner: (row.dataset.owner ?? 'learner') as TrackableStep['owner'],
			ref: row.dataset.ref,
		}));
		for (const [index, row] of rows.entries())
			row.querySelector('input')!.addEventListener('change', (event) => {
				const done = (event.target as HTMLInputElement).checked;
				updateProgress((record, now) => setTask(record, pathId, steps[index]!.key, done, now));
			});
		this.querySelector<HTMLElement>('[data-summary]')!.hidden = false;
		// A listener, not an onclick attribute: the Content-Security-Policy blocks inline handlers.
		this.querySelector('[data-print]')?.addEventListener('click', () => window.print());
		watchProgress((record) => {
			const progress = getPathProgress(pathId, steps, record);
			rows.forEach((row, index) => {
				const step = steps[index]!;
				const input = row.querySelector('input')!;
				const ticked = Boolean(record.tasks[pathId]?.includes(step.key));
				const doneElsewhere = !ticked && isStepDone(step, pathId, record);
				input.checked = ticked || doneElsewhere;
				input.disabled = doneElsewhere;
				row.querySelector('[data-auto]')!.textContent = doneElsewhere
					? step.kind === 'module'
						? '· completed in the module'
						: '· looked up in the glossary'
					: '';
			});
			this.querySelector('[data-count]')!.textContent =
				`${progress.done} of ${progress.total} steps done`;
			this.querySelector<HTMLProgressElement>('[data-bar]')!.value = progress.done;
			const next = this.querySelector<HTMLAnchorElement>('[data-next]')!;
			const wrap = this.querySelector<HTMLElement>('[data-next-wrap]')!;
			wrap.hidden = !progress.next;
			if (progress.next) {
				const row = rows[steps.indexOf(progress.next)]!;
				// The label without its kind tag ("Task", "Module"), which the link does not need.
				const label = row.querySelector('label')!.cloneNode(true) as HTMLElement;
				label.querySelector('.kind')?.remove();
				next.textContent = label.textContent?.replace(/\s+/g, ' ').trim() ?? '';
				next.href = `#step-${progress.next.key}`;
			}
		});
	}
}

customElements.define('cg-path-progress', PathProgress);
