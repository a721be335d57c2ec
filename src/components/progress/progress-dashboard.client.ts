// <cg-progress-dashboard>: the reader's progress, a summary to paste to a manager, export to a
// file, import it back (merged or in place of this browser's, after saying what each would do),
// a kept-aside copy of progress that could not be read, and clear everything.
import type { ProgressRecord } from '../../schemas/progress.ts';
import { getPathProgress, type TrackableStep } from '../../lib/learning-paths/progress.ts';
import { buildSummary, getModuleLines, type SummaryModule } from '../../lib/progress/summary.ts';
import { downloadText } from '../download.client.ts';
import { describeImport, isEmptyProgress, mergeProgress } from '../../lib/progress/merge.ts';
import { exportProgress, importProgress } from '../../lib/progress/store.ts';
import {
	discardUnreadableCopy,
	loadProgress,
	readUnreadableCopy,
	replaceProgress,
	watchProgress,
} from './progress.client.ts';

interface Catalogue {
	modules: (SummaryModule & { href: string })[];
	paths: { id: string; title: string; href: string; steps: TrackableStep[] }[];
}

/** Offers JSON text as a file download. */
const download = (text: string, name: string) => downloadText(text, name, 'application/json');

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
			download(
				exportProgress(loadProgress()),
				`common-ground-progress-${new Date().toISOString().slice(0, 10)}.json`,
			);
			message.textContent = 'Your progress was saved to a file.';
		});

		// Import: straight in when this browser holds nothing, otherwise say what merging and
		// replacing would each do and let the reader choose.
		const choice = $('import-choice');
		let pending: ProgressRecord | undefined;
		const settle = (text: string) => {
			pending = undefined;
			choice.hidden = true;
			message.textContent = text;
		};
		const importFile = async (input: HTMLInputElement) => {
			const file = input.files?.[0];
			if (!file) return;
			const result = importProgress(await file.text());
			input.value = '';
			if ('error' in result) return settle(result.error);
			const current = loadProgress();
			if (isEmptyProgress(current)) {
				replaceProgress(result.record);
				return settle('Your progress was imported.');
			}
			pending = result.record;
			const text = describeImport(current, pending, new Date());
			$('import-file').textContent = text.file;
			$('import-browser').textContent = text.browser;
			$('import-merge').textContent = text.merge;
			$('import-replace').textContent = text.replace;
			message.textContent = '';
			choice.hidden = false;
			choice.querySelector<HTMLElement>('h3')!.focus();
		};
		$<HTMLInputElement>('import').addEventListener('change', (event) => {
			void importFile(event.target as HTMLInputElement);
		});
		$('merge').addEventListener('click', () => {
			if (pending) replaceProgress(mergeProgress(loadProgress(), pending, new Date()));
			settle('The file was merged with your progress in this browser.');
		});
		$('replace').addEventListener('click', () => {
			if (pending) replaceProgress(pending);
			settle('Your progress in this browser was replaced by the file.');
		});
		$('cancel').addEventListener('click', () => settle('Nothing was imported.'));

		// A stored record that could not be read is kept aside until the reader discards it.
		const unreadable = $('unreadable');
		const showUnreadable = () => {
			const copy = readUnreadableCopy();
			unreadable.hidden = !copy;
			if (copy)
				$('unreadable-text').textContent =
					`On ${new Date(copy.savedAt).toLocaleString()} the progress saved in this browser could not be read as it was; what could be read was kept. The original is kept here: download it to keep it, or to send it to whoever looks after this site.`;
		};
		$('unreadable-download').addEventListener('click', () => {
			const copy = readUnreadableCopy();
			if (copy)
				download(copy.raw, `common-ground-unreadable-progress-${copy.savedAt.slice(0, 10)}.json`);
		});
		$('unreadable-discard').addEventListener('click', () => {
			discardUnreadableCopy();
			showUnreadable();
			message.textContent = 'The copy was discarded.';
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
		showUnreadable();
	}
}

customElements.define('cg-progress-dashboard', ProgressDashboard);
