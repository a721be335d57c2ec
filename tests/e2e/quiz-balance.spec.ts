// The knowledge checks as built: where a right answer sits, and how long it is, must say nothing.
// Measured on the pages a reader sees (after the seeded shuffle), across every module.
import { readdirSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

/** Share of single-answer questions whose right choice may be the longest one. */
const MAX_LONGEST_SHARE = 0.4;
/** Share of right answers any one position may hold. */
const MAX_POSITION_SHARE = 0.45;

const moduleIds = readdirSync('content/modules').map((file) => file.replace(/\.mdx$/, ''));

interface ShownQuestion {
	module: string;
	lengths: number[];
	correct: number[];
}

test('on the built module pages the right choice is neither the longest nor in one place', async ({
	page,
}) => {
	const questions: ShownQuestion[] = [];
	for (const module of moduleIds) {
		await page.goto(`/modules/${module}/`);
		const shown = await page.locator('cg-quiz fieldset').evaluateAll((fieldsets) =>
			fieldsets.map((fieldset) => {
				const labels = [...fieldset.querySelectorAll('label.choice')];
				return {
					lengths: labels.map((label) => label.querySelector('span')!.textContent.trim().length),
					correct: labels.flatMap((label, c) =>
						label.querySelector('input')!.dataset.correct === 'true' ? [c] : [],
					),
				};
			}),
		);
		expect(shown.length, `${module} has a knowledge check`).toBeGreaterThanOrEqual(6);
		questions.push(...shown.map((question) => ({ module, ...question })));
	}

	const single = questions.filter((question) => question.correct.length === 1);
	// A right choice at least as long as every wrong one counts as "the longest", ties included.
	const longest = single.filter(({ lengths, correct }) =>
		lengths.every((length, c) => c === correct[0] || lengths[correct[0]!]! >= length),
	);
	const positions = [0, 0, 0, 0, 0];
	for (const { correct } of single) positions[correct[0]!]!++;
	const percent = (count: number) => `${Math.round((100 * count) / single.length)} %`;
	console.log(
		[
			`Knowledge checks as built: ${questions.length} questions in ${moduleIds.length} modules, ${single.length} single-answer`,
			`  right choice is the longest: ${longest.length} of ${single.length} (${percent(longest.length)}; limit ${MAX_LONGEST_SHARE * 100} %)`,
			`  right answers by position: ${positions
				.slice(0, Math.max(...single.map((q) => q.lengths.length)))
				.map((count, p) => `${'ABCDE'[p]} ${count} (${percent(count)})`)
				.join(', ')}; limit ${MAX_POSITION_SHARE * 100} % each`,
		].join('\n'),
	);
	expect(single.length).toBeGreaterThan(50);
	expect(longest.length / single.length).toBeLessThanOrEqual(MAX_LONGEST_SHARE);
	for (const count of positions)
		expect(count / single.length).toBeLessThanOrEqual(MAX_POSITION_SHARE);
	for (const module of moduleIds) {
		const own = single.filter((question) => question.module === module);
		const places = new Set(own.map((question) => question.correct[0]));
		expect(places.size, `${module}: right answers in more than one position`).toBeGreaterThan(1);
	}
});
