// <cg-progress-dashboard>: the reader's progress, a summary to paste to a manager, export to a
// file, import it back, and clear everything.
import type { ProgressRecord } from '../../schemas/progress.ts';
import { getPathProgress, type TrackableStep } from '../../lib/learning-paths/progress.ts';
import { buildSummary, getModuleLines, type SummaryModule } from '../../lib/progress/summary.ts';
import { exportProgress, importProgress } from '../../lib/progress/store.ts';
import { loadProgress, replaceProgress, watchProgress } from './progress.client.ts';

interface Catalogue {
	modules: (SummaryModule & { href: string })[];
	paths: { id: string; title: string; href: string; steps: TrackableStep[] }[];
}

const item = (href: string, title: string, detail: string) => {
	const li = document.createElement('li');
	const link = document.createElement('a');
	link.href = href;
	link.textContent = title;
	li.append(link, document.createTextNode(detail));
	return li;
};

class ProgressDashboard extends HTMLElement {
	connectedCallback() {
		const catalogue = JSON.parse(
			this.dataset.catalogue ?? '{"modules":[],"paths":[]}',
		) as Catalogue;
		const $ = <T extends HTMLElement>(name: string) => this.querySelector<T>(`[data-${name}]`)!;
		const message = $('message');
		const summaryCatalogue = {
			modules: catalogue.modules,
			paths: catalogue.paths.map((path) => ({
				...path,
				total: path.steps.length,
				done: (record: ProgressRecord) => getPathProgress(path.id, path.steps, record).done,
			})),
		};

		const render = (record: ProgressRecord) => {
			const { passed, tried } = getModuleLines(record, catalogue.modules);
			$('modules-count').textContent =
				`You have completed ${passed.length} of ${catalogue.modules.length} modules. A module counts as complete when you pass its knowledge check.`;
			$('modules').replaceChildren(
				...passed.map(({ module, detail }) => item(module.href, module.title, ` · ${detail}`)),
			);
			$('tried').hidden = tried.length === 0;
			$('tried-list').replaceChildren(
				...tried.map(({ module, detail }) => item(module.href, module.title, ` · ${detail}`)),
			);
			$('paths').replaceChildren(
				...summaryCatalogue.paths.map((path) =>
					item(path.href, path.title, ` · ${path.done(record)} of ${path.total} steps done`),
				),
			);
			const terms = Object.keys(record.terms).length;
			$('terms').textContent =
				`You have looked up ${terms} glossary ${terms === 1 ? 'term' : 'terms'}.`;
			$<HTMLTextAreaElement>('summary').value = buildSummary(record, summaryCatalogue);
		};

		$('copy').addEventListener('click', () => {
			const text = $<HTMLTextAreaElement>('summary').value;
			navigator.clipboard.writeText(text).then(
				() => (message.textContent = 'Summary copied.'),
				() => {
					$<HTMLTextAreaElement>('summary').select();
					message.textContent = 'Select the summary and copy it with your keyboard.';
				},
			);
		});
		$('export').addEventListener('click', () => {
			const url = URL.createObjectURL(
				new Blob([exportProgress(loadProgress())], { type: 'application/json' }),
			);
			const link = document.createElement('a');
			link.href = url;
			link.download = `common-ground-progress-${new Date().toISOString().slice(0, 10)}.json`;
			document.body.append(link);
			link.click();
			link.remove();
			setTimeout(() => URL.revokeObjectURL(url), 1000);
			message.textContent = 'Your progress was saved to a file.';
		});
		const importFile = async (input: HTMLInputElement) => {
			const file = input.files?.[0];
			if (!file) return;
			const result = importProgress(await file.text());
			input.value = '';
			if ('error' in result) {
				message.textContent = result.error;
				return;
			}
			replaceProgress(result.record);
			message.textContent = 'Your progress was imported.';
		};
		$<HTMLInputElement>('import').addEventListener('change', (event) => {
			void importFile(event.target as HTMLInputElement);
		});
		$('clear').addEventListener('click', () => {
			if (
				!window.confirm(
					'Clear all your progress in this browser? This cannot be undone unless you exported it.',
				)
			)
				return;
			replaceProgress(null);
			message.textContent = 'All progress in this browser was cleared.';
		});
		this.hidden = false;
		watchProgress(render);
	}
}

customElements.define('cg-progress-dashboard', ProgressDashboard);
