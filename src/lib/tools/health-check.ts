/** The five things the health check asks about. */
export const dimensions = [
	{ id: 'language', label: 'Shared language' },
	{ id: 'responsiveness', label: 'Responsiveness' },
	{ id: 'planning', label: 'Involvement in planning' },
	{ id: 'trust', label: 'Trust and respect' },
	{ id: 'recognition', label: 'Recognition' },
] as const;

export type DimensionId = (typeof dimensions)[number]['id'];

/** The statements, three per dimension, each rated from the IT view and from the business view. */
export const statements: { dimension: DimensionId; text: string }[] = [
	{
		dimension: 'language',
		text: 'When IT explains a change, business colleagues understand what it means for their work.',
	},
	{
		dimension: 'language',
		text: 'Business colleagues describe problems and needs in a way IT can act on.',
	},
	{ dimension: 'language', text: 'Both sides avoid jargon, or explain it when they use it.' },
	{
		dimension: 'responsiveness',
		text: 'Requests and problems get a clear first answer within the time we agreed.',
	},
	{
		dimension: 'responsiveness',
		text: 'When something will take longer, people hear about it before they have to ask.',
	},
	{
		dimension: 'responsiveness',
		text: 'It is clear how to reach the other side, and who to go to.',
	},
	{
		dimension: 'planning',
		text: 'IT is involved while business plans are still being shaped, not after decisions are made.',
	},
	{
		dimension: 'planning',
		text: 'Business teams know what IT is planning and how it affects them.',
	},
	{ dimension: 'planning', text: 'Priorities for IT work are agreed together.' },
	{
		dimension: 'trust',
		text: 'When something goes wrong, we look for causes together instead of blaming each other.',
	},
	{ dimension: 'trust', text: 'People on both sides assume good intent.' },
	{ dimension: 'trust', text: "Each side respects the other's expertise and constraints." },
	{ dimension: 'recognition', text: 'Shared successes are noticed and celebrated.' },
	{ dimension: 'recognition', text: 'People thank colleagues on the other side for their help.' },
	{ dimension: 'recognition', text: "The value of IT's work is described in business terms." },
];

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
	id: DimensionId;
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
export function scoreHealthCheck(answers: HealthAnswers): DimensionScore[] {
	return dimensions.map(({ id, label }) => {
		const ratings = statements.flatMap((statement, index) =>
			statement.dimension === id ? [answers[index] ?? {}] : [],
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

/** Where to go next for each dimension: guides and kits, as site paths. */
export const suggestions: Record<DimensionId, { title: string; path: string }[]> = {
	language: [
		{ title: 'Speaking the same language', path: 'guides/speaking-the-same-language/' },
		{ title: 'The two-way glossary', path: 'glossary/' },
		{ title: 'Talking to executives (module)', path: 'modules/talking-to-executives/' },
	],
	responsiveness: [
		{ title: 'Reporting an IT problem', path: 'guides/reporting-an-it-problem/' },
		{ title: 'Escalating well', path: 'guides/escalating-well/' },
		{ title: 'How IT support works (module)', path: 'modules/how-it-support-works/' },
		{
			title: 'Writing a ticket that gets fixed fast (Tech Talk)',
			path: 'talks/writing-a-good-ticket/',
		},
	],
	planning: [
		{ title: 'Bringing IT in early and planning together', path: 'guides/bringing-it-in-early/' },
		{ title: 'Joint planning workshop (kit)', path: 'talks/joint-planning/' },
		{ title: 'Running the monthly IT–business sync', path: 'guides/running-the-monthly-sync/' },
	],
	trust: [
		{
			title: 'Solving problems together when a rollout goes wrong',
			path: 'guides/solving-problems-together/',
		},
		{ title: 'Looking in the mirror', path: 'guides/looking-in-the-mirror/' },
		{ title: 'Monthly IT–business sync (kit)', path: 'talks/monthly-sync/' },
	],
	recognition: [
		{
			title: 'Celebrating shared wins and saying thank you',
			path: 'guides/celebrating-shared-wins/',
		},
		{ title: 'Shared-wins celebration (kit)', path: 'talks/celebrating-wins/' },
		{ title: "Showing IT's impact in business terms", path: 'guides/showing-its-impact/' },
		{ title: 'The shared-wins log', path: 'wins/' },
	],
};

const show = (value: number | undefined) => (value === undefined ? '–' : value.toFixed(1));

/** The check as Markdown, to paste into the monthly sync's notes. */
export function toMarkdown(answers: HealthAnswers, date: Date, siteUrl: string): string {
	const scores = scoreHealthCheck(answers);
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
				`- ${score.label} (${reason}): ${suggestions[score.id].map((s) => `[${s.title}](${new URL(s.path, siteUrl).href})`).join(', ')}`,
			);
		}
	}
	lines.push('', '### Statements', '', '| Statement | IT | Business |', '|---|---|---|');
	statements.forEach((statement, index) =>
		lines.push(
			`| ${statement.text} | ${answers[index]?.it ?? '–'} | ${answers[index]?.business ?? '–'} |`,
		),
	);
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
