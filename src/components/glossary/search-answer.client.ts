// Shows a glossary answer card above Starlight's search results when the query is exactly a
// term or an alias. The answer index is fetched once, the first time the search dialog opens.
import { findAnswer, type GlossaryAnswer } from '../../lib/glossary/answers.ts';

export function attachSearchAnswers(indexUrl: string) {
	const container = document.querySelector<HTMLElement>('site-search .search-container');
	const input = () => container?.querySelector<HTMLInputElement>('input');
	if (!container) return;
	const card = document.createElement('div');
	card.className = 'cg-answer';
	card.setAttribute('aria-live', 'polite');
	container.prepend(card);
	let answers: GlossaryAnswer[] = [];
	void fetch(indexUrl)
		.then((response) => (response.ok ? (response.json() as Promise<GlossaryAnswer[]>) : []))
		.then((loaded) => {
			answers = loaded;
			render();
		})
		.catch(() => undefined);

	const render = () => {
		const answer = findAnswer(input()?.value ?? '', answers);
		card.replaceChildren();
		if (!answer) return;
		const title = document.createElement('p');
		title.className = 'cg-answer__title';
		const link = document.createElement('a');
		link.href = answer.href;
		link.textContent = answer.term;
		const kind = document.createElement('span');
		kind.className = 'cg-answer__kind';
		kind.textContent = answer.lens === 'it' ? ' · IT term' : ' · Business term';
		title.append(link, kind);
		const short = document.createElement('p');
		short.textContent = answer.short;
		card.append(title, short);
	};
	container.addEventListener('input', render);
}
