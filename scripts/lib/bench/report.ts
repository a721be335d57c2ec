// The benchmark's results: their shape, the ratios to bare Starlight, and the Markdown and
// console tables made from them.
import type { TemplateName, TemplateWeight } from './measure.ts';
import { templateLabels, templateNames } from './measure.ts';
import type { SearchResult } from './search.ts';

/** The three sites built from each corpus. */
export const siteNames = ['ours', 'bare-unified', 'bare-default'] as const;
export type SiteName = (typeof siteNames)[number];

export const siteLabels: Record<SiteName, string> = {
	ours: 'Common Ground',
	'bare-unified': 'bare Starlight, unified',
	'bare-default': 'bare Starlight, default',
};

/** Build time per page may be at most this multiple of bare Starlight's with the same processor. */
export const BUILD_RATIO_BUDGET = 1.1;
/** The glossary answer shows within this many ms of the keystroke, warm. */
export const ANSWER_BUDGET_MS = 50;
/** Gzip bytes of glossary search files the first search may fetch at size M. */
export const FIRST_SEARCH_BYTES_BUDGET_M = 60_000;

/** One site built from one corpus size. */
export interface SiteResult {
	site: SiteName;
	size: string;
	/** HTML files in dist: what ms per page divides by. */
	htmlPages: number;
	/** Every build run: wall time and peak resident memory of the process tree. */
	runs: { milliseconds: number; peakRssBytes: number }[];
	/** Median wall time of the runs. */
	buildMs: number;
	msPerPage: number;
	/** Median of the runs' peak resident memory. */
	peakRssBytes: number;
	templates: Record<TemplateName, TemplateWeight>;
	pagefind: { bytes: number; files: number };
	search?: SearchResult;
}

/** Everything one `npm run bench` measured. */
export interface BenchResults {
	date: string;
	machine: { cpus: number; cpuModel: string; memoryBytes: number; node: string };
	runs: number;
	/** Corpus per size: pages our site should build, and entries by kind. */
	corpora: Record<string, { pages: number; entries: Record<string, number> }>;
	results: SiteResult[];
}

/** Ours ÷ a bare site for the figures the budget and the report compare. */
export interface Ratios {
	size: string;
	against: SiteName;
	msPerPage: number;
	peakRss: number;
	/** Per template: html, js and css bytes as ratios. */
	bytes: Record<TemplateName, { html: number; js: number; css: number }>;
	/** Only against bare-unified: whether ms per page is within the 1.10× budget. */
	buildBudgetPass?: boolean;
}

/** Ratios of our site to each bare site, per size. */
export function computeRatios(results: readonly SiteResult[]): Ratios[] {
	const ratios: Ratios[] = [];
	for (const ours of results.filter((result) => result.site === 'ours'))
		for (const bare of results.filter(
			(result) => result.site !== 'ours' && result.size === ours.size,
		)) {
			const msPerPage = ours.msPerPage / bare.msPerPage;
			ratios.push({
				size: ours.size,
				against: bare.site,
				msPerPage,
				peakRss: ours.peakRssBytes / bare.peakRssBytes,
				bytes: Object.fromEntries(
					templateNames.map((name) => {
						const [a, b] = [ours.templates[name], bare.templates[name]];
						return [name, { html: a.html / b.html, js: a.js / b.js, css: a.css / b.css }];
					}),
				) as Ratios['bytes'],
				...(bare.site === 'bare-unified'
					? { buildBudgetPass: msPerPage <= BUILD_RATIO_BUDGET }
					: {}),
			});
		}
	return ratios;
}

/** A ratio as `1.23×`; `n/a` when it cannot be computed (0 ÷ 0 or a missing figure). */
export function formatRatio(ratio: number): string {
	return Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : 'n/a';
}

/** Bytes as KB with one decimal, or MB past 10 MB. */
export function formatBytes(bytes: number): string {
	if (bytes >= 10 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
	return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Milliseconds with one decimal below 100, whole above; `–` for none. */
export function formatMs(ms: number): string {
	if (!Number.isFinite(ms)) return '–';
	return ms < 100 ? ms.toFixed(1) : Math.round(ms).toString();
}

/** A Markdown table from a header row and body rows. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]) {
	const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
	return [
		line(header),
		line(header.map((_, i) => (i === 0 ? '---' : '---:'))),
		...rows.map(line),
	].join('\n');
}

/** The results as Markdown: builds, page weights, search, and the ratios to bare Starlight. */
export function formatMarkdown(bench: BenchResults): string {
	const { results } = bench;
	const label = (result: SiteResult) => `${result.size} · ${siteLabels[result.site]}`;
	const builds = markdownTable(
		['size · site', 'HTML pages', 'build (median)', 'ms per page', 'peak memory', 'Pagefind index'],
		results.map((result) => [
			label(result),
			`${result.htmlPages}`,
			`${(result.buildMs / 1000).toFixed(1)} s`,
			formatMs(result.msPerPage),
			formatBytes(result.peakRssBytes),
			`${formatBytes(result.pagefind.bytes)} in ${result.pagefind.files} files`,
		]),
	);
	const weights = markdownTable(
		['size · site', ...templateNames.map((name) => templateLabels[name])],
		results.map((result) => [
			label(result),
			...templateNames.map((name) => {
				const weight = result.templates[name];
				return `${formatBytes(weight.html)} / ${formatBytes(weight.js)} / ${formatBytes(weight.css)}`;
			}),
		]),
	);
	const searched = results.filter((result) => result.search);
	const search = markdownTable(
		[
			'size · site',
			'cold median',
			'cold p95',
			'warm median',
			'warm p95',
			'warm, Pagefind result only (median)',
			'glossary answer, warm p95',
			'Pagefind bytes per query, cold / warm (median)',
			'answer index, cold',
		],
		searched.map((result) => {
			const s = result.search!;
			return [
				label(result),
				`${formatMs(s.cold.medianMs)} ms`,
				`${formatMs(s.cold.p95Ms)} ms`,
				`${formatMs(s.warm.medianMs)} ms`,
				`${formatMs(s.warm.p95Ms)} ms`,
				`${formatMs(s.warmPagefind.medianMs)} ms`,
				`${formatMs(s.warmAnswer.p95Ms)} ms`,
				`${formatBytes(s.cold.medianPagefindBytes)} / ${formatBytes(s.warm.medianPagefindBytes)}`,
				s.cold.medianAnswerBytes > 0 ? formatBytes(s.cold.medianAnswerBytes) : '–',
			];
		}),
	);
	const ratios = markdownTable(
		[
			'size · ours ÷',
			'ms per page',
			'peak memory',
			...templateNames.map((name) => `${templateLabels[name]} (html / js / css)`),
		],
		computeRatios(results).map((ratio) => [
			`${ratio.size} · ${siteLabels[ratio.against]}`,
			`${formatRatio(ratio.msPerPage)}${ratio.buildBudgetPass === undefined ? '' : ratio.buildBudgetPass ? ' ✓' : ' ✗ over 1.10×'}`,
			formatRatio(ratio.peakRss),
			...templateNames.map((name) => {
				const bytes = ratio.bytes[name];
				return `${formatRatio(bytes.html)} / ${formatRatio(bytes.js)} / ${formatRatio(bytes.css)}`;
			}),
		]),
	);
	const corpora = Object.entries(bench.corpora)
		.map(
			([size, corpus]) =>
				`${size}: ${corpus.pages} pages from ${Object.entries(corpus.entries)
					.map(([kind, count]) => `${count} ${kind}`)
					.join(', ')}`,
		)
		.join('; ');
	return [
		`Measured ${bench.date} on ${bench.machine.cpus} × ${bench.machine.cpuModel}, ${formatBytes(bench.machine.memoryBytes)} RAM, Node ${bench.machine.node}; median of ${bench.runs} build ${bench.runs === 1 ? 'run' : 'runs'}. Corpus ${corpora}.`,
		'### Builds',
		builds,
		'### Page weight per template (gzip: HTML / eager JS / CSS)',
		weights,
		...(searched.length > 0 ? ['### Search in Chromium (30 queries)', search] : []),
		'### Ratios to bare Starlight (ours ÷ bare; build budget ≤ 1.10× bare unified)',
		ratios,
		budgetLines(results)
			.map((line) => `- ${line}`)
			.join('\n'),
	].join('\n\n');
}

/** One line per budget: build time against bare-unified, the glossary answer warm, the first search's bytes. */
export function budgetLines(results: readonly SiteResult[]): string[] {
	const lines = computeRatios(results)
		.filter((ratio) => ratio.buildBudgetPass !== undefined)
		.map(
			(ratio) =>
				`${ratio.buildBudgetPass ? 'PASS' : 'FAIL'} build time per page, ${ratio.size}: ${formatRatio(ratio.msPerPage)} bare Starlight (unified), budget ${formatRatio(BUILD_RATIO_BUDGET)}`,
		);
	for (const result of results.filter((r) => r.site === 'ours' && r.search)) {
		const p95 = result.search!.warmAnswer.p95Ms;
		lines.push(
			`${p95 <= ANSWER_BUDGET_MS ? 'PASS' : 'FAIL'} glossary answer (names, typos, questions, aliases, phrases), warm, ${result.size}: p95 ${formatMs(p95)} ms, budget ${ANSWER_BUDGET_MS} ms`,
		);
		const first = Math.max(...result.search!.timings.cold.map((t) => t.answerBytes));
		lines.push(
			result.size === 'M'
				? `${first <= FIRST_SEARCH_BYTES_BUDGET_M ? 'PASS' : 'FAIL'} glossary search files fetched by a first search, M: at most ${formatBytes(first)}, budget ${formatBytes(FIRST_SEARCH_BYTES_BUDGET_M)}`
				: `glossary search files fetched by a first search, ${result.size}: at most ${formatBytes(first)}`,
		);
	}
	return lines;
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Replaces what stands between the bench markers of a document; throws when they are missing. */
export function replaceBetweenMarkers(document: string, figures: string): string {
	const start = document.indexOf(START);
	const end = document.indexOf(END);
	if (start === -1 || end < start)
		throw new Error(`the document needs the markers ${START} and ${END} around the figures`);
	return `${document.slice(0, start + START.length)}\n\n${figures.trim()}\n\n${document.slice(end)}`;
}
