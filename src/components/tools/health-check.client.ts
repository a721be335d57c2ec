// <cg-health-check>: scores the ratings as they are given, draws the perception chart with a
// table beside it, suggests guides and kits for weak dimensions, keeps unfinished answers across a
// reload, saves checks in this browser and exports them as Markdown for the monthly sync.
import {
	type HealthAnswers,
	type HealthCheck as HealthCheckModel,
	isWeak,
	layoutChart,
	listStatements,
	readHealthDraft,
	readHealthHistory,
	scoreHealthCheck,
	toMarkdown,
} from '../../lib/tools/health-check.ts';
import { formatReviewed } from '../../lib/site/dates.ts';
import { downloadText } from '../download.client.ts';

const HISTORY_KEY = 'cg:health-checks';
const DRAFT_KEY = 'cg:health-check-draft';

/** Reads a stored value; storage can be switched off. */
const stored = (key: string) => {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
};

const SVG = 'http://www.w3.org/2000/svg';
const svg = (name: string, attributes: Record<string, string | number>, text?: string) => {
	const element = document.createElementNS(SVG, name);
	for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
	if (text !== undefined) element.textContent = text;
	return element;
};

class HealthCheck extends HTMLElement {
	connectedCallback() {
		const form = this.querySelector<HTMLFormElement>('[data-form]')!;
		const $ = <T extends HTMLElement>(name: string) => this.querySelector<T>(`[data-${name}]`)!;
		const base = this.dataset.base ?? '/';
		const site = this.dataset.site || location.origin + base;
		// The dimensions and statements, as the page rendered them from content/health-check.yaml.
		const check = JSON.parse(this.dataset.check ?? '{"dimensions":[]}') as HealthCheckModel;
		const statements = listStatements(check);
		const readHistory = () => readHealthHistory(stored(HISTORY_KEY), statements.length);

		const read = (): HealthAnswers => {
			const answers: HealthAnswers = {};
			statements.forEach(({ index }) => {
				const value = (view: string) => {
					const checked = form.querySelector<HTMLInputElement>(
						`input[name="s${index}-${view}"]:checked`,
					);
					return checked ? Number(checked.value) : undefined;
				};
				const it = value('it');
				const business = value('business');
				if (it !== undefined || business !== undefined)
					answers[index] = { ...(it ? { it } : {}), ...(business ? { business } : {}) };
			});
			return answers;
		};

		const render = () => {
			const answers = read();
			const scores = scoreHealthCheck(check, answers);
			$('results').hidden = Object.keys(answers).length === 0;
			const chart = layoutChart(scores);
			const root = svg('svg', {
				class: 'cg-chart',
				viewBox: `0 0 600 ${chart.height}`,
				role: 'img',
				'aria-labelledby': 'chart-caption',
			});
			for (const row of chart.rows) {
				root.append(svg('text', { x: 0, y: row.y + 22 }, row.label));
				for (const [offset, kind, bar] of [
					[0, 'it', row.it],
					[22, 'business', row.business],
				] as const) {
					if (!bar) continue;
					root.append(
						svg('rect', {
							class: `bar-${kind}`,
							x: chart.left,
							y: row.y + offset,
							width: bar.width,
							height: 18,
							rx: 3,
						}),
					);
					root.append(
						svg(
							'text',
							{ x: chart.left + bar.width + 6, y: row.y + offset + 14 },
							`${kind === 'it' ? 'IT' : 'Business'} ${bar.value}`,
						),
					);
				}
			}
			$('chart').replaceChildren(root);
			$('table').replaceChildren(
				...scores.map((score) => {
					const tr = document.createElement('tr');
					const th = document.createElement('th');
					th.scope = 'row';
					th.textContent = score.label;
					tr.append(th);
					for (const value of [score.it, score.business, score.gap]) {
						const td = document.createElement('td');
						td.textContent = value === undefined ? '–' : value.toFixed(1);
						tr.append(td);
					}
					return tr;
				}),
			);
			const weak = scores.filter(isWeak);
			const list = document.createElement('ul');
			for (const score of weak) {
				const li = document.createElement('li');
				li.append(document.createTextNode(`${score.label}: `));
				const suggestions =
					check.dimensions.find((dimension) => dimension.id === score.id)?.suggestions ?? [];
				suggestions.forEach((suggestion, index) => {
					const link = document.createElement('a');
					link.href = `${base.replace(/\/$/, '')}/${suggestion.path}`;
					link.textContent = suggestion.title;
					if (index > 0) li.append(document.createTextNode(', '));
					li.append(link);
				});
				list.append(li);
			}
			const none = document.createElement('p');
			none.textContent =
				'No dimension stands out as weak. Keep talking, and check again in a few months.';
			$('suggestions').replaceChildren(weak.length > 0 ? list : none);
			return answers;
		};

		const renderHistory = () => {
			$('history').replaceChildren(
				...readHistory().map((saved) => {
					const li = document.createElement('li');
					const summary = scoreHealthCheck(check, saved.answers)
						.map(
							(score) =>
								`${score.label} ${score.it?.toFixed(1) ?? '–'}/${score.business?.toFixed(1) ?? '–'}`,
						)
						.join(' · ');
					li.textContent = `${formatReviewed(new Date(saved.date))}: ${summary}`;
					return li;
				}),
			);
			if (readHistory().length === 0) {
				const li = document.createElement('li');
				li.textContent = 'None saved yet.';
				$('history').replaceChildren(li);
			}
		};

		// Unfinished answers survive a reload, until Start again.
		const saveDraft = () => {
			try {
				localStorage.setItem(
					DRAFT_KEY,
					JSON.stringify({ savedAt: new Date().toISOString(), answers: read() }),
				);
			} catch {
				// Without storage the answers last until the page closes.
			}
		};
		const draft = readHealthDraft(stored(DRAFT_KEY), statements.length);
		if (draft) {
			for (const [index, answer] of Object.entries(draft.answers))
				for (const view of ['it', 'business'] as const)
					if (answer[view] !== undefined)
						form.querySelector<HTMLInputElement>(
							`input[name="s${index}-${view}"][value="${answer[view]}"]`,
						)!.checked = true;
			$('draft-note').textContent =
				`Your answers from ${formatReviewed(new Date(draft.savedAt))} are back. Start again to clear them.`;
		}
		form.addEventListener('change', () => {
			render();
			saveDraft();
		});
		form.addEventListener('reset', () => {
			try {
				localStorage.removeItem(DRAFT_KEY);
			} catch {
				// Nothing was kept.
			}
			$('draft-note').textContent = '';
			setTimeout(render);
		});
		$('save').addEventListener('click', () => {
			const history = [{ date: new Date().toISOString(), answers: read() }, ...readHistory()].slice(
				0,
				24,
			);
			try {
				localStorage.setItem(HISTORY_KEY, JSON.stringify(history));
				$('message').textContent = 'Check saved in this browser.';
			} catch {
				$('message').textContent =
					'This browser does not allow saving. Download the Markdown instead.';
			}
			renderHistory();
		});
		const markdown = () => toMarkdown(check, read(), new Date(), site);
		$('export').addEventListener('click', () => {
			const name = `health-check-${new Date().toISOString().slice(0, 10)}.md`;
			downloadText(markdown(), name, 'text/markdown');
			$('message').textContent = 'Markdown file downloaded.';
		});
		$('copy').addEventListener('click', () => {
			navigator.clipboard.writeText(markdown()).then(
				() => ($('message').textContent = 'Markdown copied.'),
				() =>
					($('message').textContent = 'Copying is blocked here; download the Markdown instead.'),
			);
		});
		render();
		renderHistory();
	}
}

customElements.define('cg-health-check', HealthCheck);
