// The rows of a planned-against-actual table (presenter mode's summary, the kit's last run), built
// as text nodes: segment titles come from content and are never parsed as markup.
import { describeRun, type SessionRun } from '../../lib/talks/run-history.ts';

/** Fills `body` with one row per segment and a total row, and returns the run's description. */
export function renderRunRows(body: Element, run: SessionRun): ReturnType<typeof describeRun> {
	const described = describeRun(run);
	const { rows, total } = described;
	body.replaceChildren(
		...[...rows, total].map((row, index) => {
			const tr = document.createElement('tr');
			if (index === rows.length) tr.dataset.total = '';
			const heading = document.createElement('th');
			heading.scope = 'row';
			heading.textContent = row.title;
			const cells = [row.planned, row.actual, row.difference].map((text) => {
				const cell = document.createElement('td');
				cell.textContent = text;
				return cell;
			});
			tr.append(heading, ...cells);
			return tr;
		}),
	);
	return described;
}
