// The relationship health check: scoring, the chart and the Markdown export. The dimensions and
// statements are content (content/health-check.yaml); the page resolves them into a
// `HealthCheck` and hands the same object to the browser.

/** A page to suggest, resolved to its title and its path below the site's base. */
export interface HealthCheckLink {
	title: string;
	path: string;
}

/** One dimension as the page and the browser use it. */
export interface HealthCheckDimension {
	id: string;
	label: string;
	statements: string[];
	suggestions: HealthCheckLink[];
}

/** The whole check, dimensions in page order. */
export interface HealthCheck {
	dimensions: HealthCheckDimension[];
}

/** Every statement with its dimension, numbered across the whole check (answers are keyed by it). */
export function listStatements(
	check: HealthCheck,
): { dimension: string; text: string; index: number }[] {
	return check.dimensions
		.flatMap((dimension) => dimension.statements.map((text) => ({ dimension: dimension.id, text })))
		.map((statement, index) => ({ ...statement, index }));
}

/** The rating scale, 1 to 5. */
export const scale = [
	'Strongly disagree',
	'Disagree',
	'Neither',
	'Agree',
	'Strongly agree',
] as const;

/** Ratings by statement index, from each view (1–5; missing when not answered). */
export type HealthAnswers = Record<number, { it?: number; business?: number }>;

/** Average ratings per dimension from each view, and the gap between them. */
export interface DimensionScore {
	id: string;
	label: string;
	it?: number | undefined;
	business?: number | undefined;
	gap?: number | undefined;
}

const average = (values: number[]) =>
	values.length === 0
		? undefined
		: Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;

/** Scores each dimension: the mean rating from each view (one decimal) and their difference. */
export function scoreHealthCheck(check: HealthCheck, answers: HealthAnswers): DimensionScore[] {
	const statements = listStatements(check);
	return check.dimensions.map(({ id, label }) => {
		const ratings = statements.flatMap((statement) =>
			statement.dimension === id ? [answers[statement.index] ?? {}] : [],
		);
		const valid = (value: number | undefined): value is number =>
			Number.isInteger(value) && value! >= 1 && value! <= 5;
		const it = average(ratings.map((rating) => rating.it).filter(valid));
		const business = average(ratings.map((rating) => rating.business).filter(valid));
		const gap =
			it !== undefined && business !== undefined
				? Math.round(Math.abs(it - business) * 10) / 10
				: undefined;
		return { id, label, it, business, gap };
	});
}

/** A dimension needs attention when either view rates it below 3.5 or the views differ by 1 or more. */
export function isWeak(score: DimensionScore): boolean {
	return (
		(score.it !== undefined && score.it < 3.5) ||
		(score.business !== undefined && score.business < 3.5) ||
		(score.gap ?? 0) >= 1
	);
}

const show = (value: number | undefined) => (value === undefined ? '–' : value.toFixed(1));

/** The check as Markdown, to paste into the monthly sync's notes. */
export function toMarkdown(
	check: HealthCheck,
	answers: HealthAnswers,
	date: Date,
	siteUrl: string,
): string {
	const scores = scoreHealthCheck(check, answers);
	const suggestionsOf = (id: string) =>
		check.dimensions.find((dimension) => dimension.id === id)?.suggestions ?? [];
	const day = date.toISOString().slice(0, 10);
	const lines = [
		`## Relationship health check, ${day}`,
		'',
		'Ratings from 1 (strongly disagree) to 5 (strongly agree).',
		'',
		'| Dimension | IT view | Business view | Gap |',
		'|---|---|---|---|',
		...scores.map(
			(score) =>
				`| ${score.label} | ${show(score.it)} | ${show(score.business)} | ${show(score.gap)} |`,
		),
	];
	const weak = scores.filter(isWeak);
	if (weak.length > 0) {
		lines.push('', '### To talk about');
		for (const score of weak) {
			const reason =
				(score.gap ?? 0) >= 1 ? `the two views differ by ${show(score.gap)}` : 'rated low';
			lines.push(
				`- ${score.label} (${reason}): ${suggestionsOf(score.id)
					.map((s) => `[${s.title}](${new URL(s.path, siteUrl).href})`)
					.join(', ')}`,
			);
		}
	}
	lines.push('', '### Statements', '', '| Statement | IT | Business |', '|---|---|---|');
	for (const { text, index } of listStatements(check))
		lines.push(`| ${text} | ${answers[index]?.it ?? '–'} | ${answers[index]?.business ?? '–'} |`);
	return `${lines.join('\n')}\n`;
}

/** Bars of the perception chart, in SVG user units (width 600). */
export function layoutChart(scores: readonly DimensionScore[]) {
	const left = 190;
	const width = 380;
	const row = 56;
	return {
		height: scores.length * row + 24,
		left,
		width,
		rows: scores.map((score, index) => ({
			label: score.label,
			y: index * row + 8,
			it:
				score.it === undefined
					? undefined
					: { width: (score.it / 5) * width, value: show(score.it) },
			business:
				score.business === undefined
					? undefined
					: { width: (score.business / 5) * width, value: show(score.business) },
		})),
	};
}

/** A check saved in this browser: when, and the answers given. */
export interface SavedHealthCheck {
	date: string;
	answers: HealthAnswers;
}

/** The answers in a stored value: ratings 1–5 for statements that exist, anything else dropped. */
export function parseHealthAnswers(value: unknown, statements: number): HealthAnswers {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
	const rating = (raw: unknown) =>
		Number.isInteger(raw) && (raw as number) >= 1 && (raw as number) <= scale.length
			? (raw as number)
			: undefined;
	const answers: HealthAnswers = {};
	for (const [key, entry] of Object.entries(value)) {
		const index = Number(key);
		if (!Number.isInteger(index) || index < 0 || index >= statements) continue;
		if (typeof entry !== 'object' || entry === null) continue;
		const { it, business } = entry as { it?: unknown; business?: unknown };
		const [itRating, businessRating] = [rating(it), rating(business)];
		if (itRating === undefined && businessRating === undefined) continue;
		answers[index] = {
			...(itRating === undefined ? {} : { it: itRating }),
			...(businessRating === undefined ? {} : { business: businessRating }),
		};
	}
	return answers;
}

/** The checks saved in this browser, newest first; unreadable storage or entries are left out. */
export function readHealthHistory(raw: string | null, statements: number): SavedHealthCheck[] {
	let saved: unknown;
	try {
		saved = JSON.parse(raw ?? '[]');
	} catch {
		return [];
	}
	if (!Array.isArray(saved)) return [];
	return saved.flatMap((item: unknown) => {
		const { date, answers } = (item ?? {}) as { date?: unknown; answers?: unknown };
		return typeof date === 'string' && !Number.isNaN(Date.parse(date))
			? [{ date, answers: parseHealthAnswers(answers, statements) }]
			: [];
	});
}

/** The unfinished answers kept in this browser, and when they were last changed. */
export function readHealthDraft(
	raw: string | null,
	statements: number,
): { answers: HealthAnswers; savedAt: string } | undefined {
	let draft: unknown;
	try {
		draft = JSON.parse(raw ?? 'null');
	} catch {
		return undefined;
	}
	const { answers, savedAt } = (draft ?? {}) as { answers?: unknown; savedAt?: unknown };
	if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) return undefined;
	const parsed = parseHealthAnswers(answers, statements);
	return Object.keys(parsed).length > 0 ? { answers: parsed, savedAt } : undefined;
}
