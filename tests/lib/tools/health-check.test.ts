import { describe, expect, test } from 'vitest';
import {
	dimensions,
	isWeak,
	layoutChart,
	scoreHealthCheck,
	statements,
	suggestions,
	toMarkdown,
	type HealthAnswers,
} from '../../../src/lib/tools/health-check.ts';

/** Rates every statement of a dimension with the same IT and business values. */
function rate(values: Partial<Record<string, [number, number]>>): HealthAnswers {
	const answers: HealthAnswers = {};
	statements.forEach((statement, index) => {
		const pair = values[statement.dimension];
		if (pair) answers[index] = { it: pair[0], business: pair[1] };
	});
	return answers;
}

describe('health check', () => {
	test('has about 15 statements, three per dimension, and suggestions for each', () => {
		expect(statements).toHaveLength(15);
		for (const { id } of dimensions) {
			expect(statements.filter((statement) => statement.dimension === id)).toHaveLength(3);
			expect(suggestions[id].length).toBeGreaterThan(0);
		}
	});

	test('scores each view per dimension and the gap between them', () => {
		const answers = rate({ language: [4, 2], trust: [5, 5] });
		answers[5] = { it: 3 };
		const scores = scoreHealthCheck(answers);
		expect(scores.find((s) => s.id === 'language')).toMatchObject({ it: 4, business: 2, gap: 2 });
		expect(scores.find((s) => s.id === 'trust')).toMatchObject({ it: 5, business: 5, gap: 0 });
		expect(scores.find((s) => s.id === 'responsiveness')).toMatchObject({
			it: 3,
			business: undefined,
			gap: undefined,
		});
		expect(scores.find((s) => s.id === 'planning')).toMatchObject({
			it: undefined,
			business: undefined,
		});
	});

	test('averages to one decimal and ignores ratings outside 1–5', () => {
		const answers: HealthAnswers = {
			0: { it: 5, business: 9 },
			1: { it: 4 },
			2: { it: 4, business: 2 },
		};
		expect(scoreHealthCheck(answers)[0]).toMatchObject({ it: 4.3, business: 2, gap: 2.3 });
	});

	test('flags low ratings and large gaps', () => {
		const [language, responsiveness, planning] = scoreHealthCheck(
			rate({ language: [4, 3], responsiveness: [4, 4], planning: [5, 4] }),
		);
		expect([isWeak(language!), isWeak(responsiveness!), isWeak(planning!)]).toEqual([
			true,
			false,
			true,
		]);
	});

	test('exports Markdown for the monthly sync', () => {
		const markdown = toMarkdown(
			rate({ language: [4, 2], recognition: [4, 4] }),
			new Date('2026-11-24T12:00:00Z'),
			'https://learn.example.org/',
		);
		expect(markdown.split('\n').slice(0, 13).join('\n')).toMatchInlineSnapshot(`
			"## Relationship health check, 2026-11-24

			Ratings from 1 (strongly disagree) to 5 (strongly agree).

			| Dimension | IT view | Business view | Gap |
			|---|---|---|---|
			| Shared language | 4.0 | 2.0 | 2.0 |
			| Responsiveness | – | – | – |
			| Involvement in planning | – | – | – |
			| Trust and respect | – | – | – |
			| Recognition | 4.0 | 4.0 | 0.0 |

			### To talk about"
		`);
		expect(markdown).toContain(
			'| Both sides avoid jargon, or explain it when they use it. | 4 | 2 |',
		);
	});

	test('lays out two bars per dimension scaled to 5', () => {
		const chart = layoutChart(scoreHealthCheck(rate({ language: [5, 2] })));
		expect(chart.rows[0]).toMatchObject({
			label: 'Shared language',
			it: { width: 380, value: '5.0' },
			business: { width: 152, value: '2.0' },
		});
		expect(chart.rows[1]!.it).toBeUndefined();
	});
});
