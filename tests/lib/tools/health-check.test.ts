import { describe, expect, test } from 'vitest';
import {
	isWeak,
	layoutChart,
	listStatements,
	parseHealthAnswers,
	readHealthDraft,
	readHealthHistory,
	scoreHealthCheck,
	toMarkdown,
	type HealthAnswers,
	type HealthCheck,
} from '../../../src/lib/tools/health-check.ts';

const dimension = (id: string, label: string, statements: string[]) => ({
	id,
	label,
	statements,
	suggestions: [{ title: `About ${label}`, path: `guides/${id}/` }],
});
const check: HealthCheck = {
	dimensions: [
		dimension('language', 'Shared language', [
			'IT explains changes clearly.',
			'Business describes needs clearly.',
			'Both sides avoid jargon, or explain it when they use it.',
		]),
		dimension('responsiveness', 'Responsiveness', [
			'First answers are quick.',
			'Delays are told.',
			'Contacts are clear.',
		]),
		dimension('planning', 'Involvement in planning', [
			'IT is in early.',
			'Plans are shared.',
			'Priorities agreed.',
		]),
		dimension('trust', 'Trust and respect', ['Causes, not blame.', 'Good intent.', 'Respect.']),
		dimension('recognition', 'Recognition', [
			'Wins celebrated.',
			'Thanks given.',
			'Value in business terms.',
		]),
		dimension('keep-talking', 'Keep talking', ['We meet monthly.', 'Shared agenda.']),
	],
};

/** Rates every statement of a dimension with the same IT and business values. */
function rate(values: Partial<Record<string, [number, number]>>): HealthAnswers {
	const answers: HealthAnswers = {};
	for (const statement of listStatements(check)) {
		const pair = values[statement.dimension];
		if (pair) answers[statement.index] = { it: pair[0], business: pair[1] };
	}
	return answers;
}
const scoreHealth = (answers: HealthAnswers) => scoreHealthCheck(check, answers);

describe('health check', () => {
	test('numbers the statements across the whole check, dimension by dimension', () => {
		const statements = listStatements(check);
		expect(statements).toHaveLength(17);
		expect(statements[3]).toEqual({
			dimension: 'responsiveness',
			text: 'First answers are quick.',
			index: 3,
		});
		expect(statements.at(-1)).toEqual({
			dimension: 'keep-talking',
			text: 'Shared agenda.',
			index: 16,
		});
	});

	test('scores each view per dimension and the gap between them', () => {
		const answers = rate({ language: [4, 2], trust: [5, 5] });
		answers[5] = { it: 3 };
		const scores = scoreHealth(answers);
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
		expect(scoreHealth(answers)[0]).toMatchObject({ it: 4.3, business: 2, gap: 2.3 });
	});

	test('flags low ratings and large gaps', () => {
		const [language, responsiveness, planning] = scoreHealth(
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
			check,
			rate({ language: [4, 2], recognition: [4, 4] }),
			new Date('2026-11-24T12:00:00Z'),
			'https://learn.example.org/',
		);
		expect(markdown.split('\n').slice(0, 14).join('\n')).toMatchInlineSnapshot(`
			"## Relationship health check, 2026-11-24

			Ratings from 1 (strongly disagree) to 5 (strongly agree).

			| Dimension | IT view | Business view | Gap |
			|---|---|---|---|
			| Shared language | 4.0 | 2.0 | 2.0 |
			| Responsiveness | – | – | – |
			| Involvement in planning | – | – | – |
			| Trust and respect | – | – | – |
			| Recognition | 4.0 | 4.0 | 0.0 |
			| Keep talking | – | – | – |

			### To talk about"
		`);
		expect(markdown).toContain(
			'| Both sides avoid jargon, or explain it when they use it. | 4 | 2 |',
		);
		expect(markdown).toContain(
			'- Shared language (the two views differ by 2.0): [About Shared language](https://learn.example.org/guides/language/)',
		);
	});

	test('lays out two bars per dimension scaled to 5', () => {
		const chart = layoutChart(scoreHealth(rate({ language: [5, 2] })));
		expect(chart.rows[0]).toMatchObject({
			label: 'Shared language',
			it: { width: 380, value: '5.0' },
			business: { width: 152, value: '2.0' },
		});
		expect(chart.rows[1]!.it).toBeUndefined();
	});
});

describe('saved answers', () => {
	test('keeps ratings 1 to 5 of statements that exist, and drops the rest', () => {
		expect(
			parseHealthAnswers(
				{
					0: { it: 4, business: 2 },
					1: { it: 9 },
					2: { business: 3, extra: 1 },
					7: { it: 1 },
					x: {},
				},
				3,
			),
		).toEqual({ 0: { it: 4, business: 2 }, 2: { business: 3 } });
		expect(parseHealthAnswers('nonsense', 3)).toEqual({});
	});

	test('reads the history newest first, leaving out what cannot be read', () => {
		const raw = JSON.stringify([
			{ date: '2026-11-24T10:00:00.000Z', answers: { 0: { it: 3 } } },
			{ date: 'not a date', answers: {} },
			null,
		]);
		expect(readHealthHistory(raw, 3)).toEqual([
			{ date: '2026-11-24T10:00:00.000Z', answers: { 0: { it: 3 } } },
		]);
		expect(readHealthHistory('{', 3)).toEqual([]);
		expect(readHealthHistory(null, 3)).toEqual([]);
	});

	test('reads a draft with at least one answer', () => {
		const savedAt = '2026-11-24T10:00:00.000Z';
		expect(
			readHealthDraft(JSON.stringify({ savedAt, answers: { 1: { business: 5 } } }), 3),
		).toEqual({ savedAt, answers: { 1: { business: 5 } } });
		expect(readHealthDraft(JSON.stringify({ savedAt, answers: {} }), 3)).toBeUndefined();
		expect(readHealthDraft('oops', 3)).toBeUndefined();
	});
});
