// <cg-path-return>: shows "Back to <path>" and the learner's next step there on a module opened
// from a path, and keeps the next step current as progress changes (passing the quiz here).
import { type CataloguePath, FROM_PATH, getPathReturn } from '../../lib/learning-paths/return.ts';
import { watchProgress } from './progress.client.ts';

class PathReturn extends HTMLElement {
	connectedCallback() {
		const from = new URLSearchParams(location.search).get(FROM_PATH);
		const paths = JSON.parse(this.dataset.paths ?? '[]') as CataloguePath[];
		const path = paths.find((candidate) => candidate.id === from);
		if (!path) return;
		const moduleId = this.dataset.module ?? '';
		const back = this.querySelector<HTMLAnchorElement>('[data-back]')!;
		back.href = path.href;
		back.textContent = `Back to ${path.title}`;
		this.hidden = false;
		watchProgress((record) => {
			const { next } = getPathReturn(path, moduleId, record);
			this.querySelector<HTMLElement>('[data-next-wrap]')!.hidden = !next;
			if (!next) return;
			const link = this.querySelector<HTMLAnchorElement>('[data-next]')!;
			link.href = next.href;
			link.textContent = next.label;
		});
	}
}

customElements.define('cg-path-return', PathReturn);
