// Search latency in Chromium: time from the last keystroke to the first result in Starlight's
// search dialog (or, on our site, the glossary answer card), and the bytes fetched meanwhile.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import {
	chromiumArgs,
	findChromium,
	fullChromiumPaths,
	testChromiumPaths,
} from '../find-chromium.ts';
import { projectRoot } from '../scratch-site.ts';
import type { Corpus } from './model.ts';
import { entriesOf } from './model.ts';
import { median, percentile } from './stats.ts';

/**
 * What a query is: a term's name, a name with two letters swapped, a question around a name, an
 * alias, an everyday phrase, or words that match nothing.
 */
export type QueryKind = 'term' | 'typo' | 'question' | 'alias' | 'phrase' | 'miss';

/** Kinds the glossary answer must show for within the answer budget. */
export const answerKinds: readonly QueryKind[] = ['term', 'typo', 'question', 'alias', 'phrase'];

/** A name with its third and fourth letters swapped: a typo of two edits a reader could make. */
export function makeTypo(name: string): string {
	return name.length < 6 ? name : `${name.slice(0, 2)}${name[3]}${name[2]}${name.slice(4)}`;
}

export interface SearchQuery {
	text: string;
	kind: QueryKind;
}

/** Queries with no match in the corpus (checked by the tests). */
export const missQueries = ['qwzxv', 'zyzzogeton plover', 'flibbertigibbet quasar'];

/**
 * 30 queries drawn from the corpus at an even stride: 6 term names, 3 typos of longer names,
 * 3 questions ("what is …"), 6 aliases, 9 everyday phrases and 3 misses. Copies are skipped, so
 * every size gets the same queries.
 */
export function drawQueries(corpus: Corpus): SearchQuery[] {
	const terms = entriesOf(corpus.entries, 'glossary').filter((term) => !term.copyOf);
	const strings = (value: unknown) => (Array.isArray(value) ? (value as string[]) : []);
	const aliases = terms.flatMap((term) => strings(term.data.aka).slice(0, 1));
	const phrases = terms
		.flatMap((term) => strings(term.data.phrases).slice(0, 1))
		.filter((phrase) => phrase.includes(' '));
	const pick = <T>(items: readonly T[], count: number) =>
		Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)]!);
	const names = terms.map((term) => String(term.data.term));
	const longNames = names.filter((name) => name.length >= 6 && /^[A-Za-z]+$/.test(name));
	return [
		...pick(names, 6).map((text) => ({ text, kind: 'term' as const })),
		...pick(longNames, 3).map((name) => ({
			text: makeTypo(name).toLowerCase(),
			kind: 'typo' as const,
		})),
		...pick(names.slice(1), 3).map((name) => ({
			text: `what is ${name}`,
			kind: 'question' as const,
		})),
		...pick(aliases, 6).map((text) => ({ text, kind: 'alias' as const })),
		...pick(phrases, 9).map((text) => ({ text, kind: 'phrase' as const })),
		...missQueries.map((text) => ({ text, kind: 'miss' as const })),
	];
}

/** One measured query. */
export interface QueryTiming {
	query: string;
	kind: QueryKind;
	/** Last keystroke → first result (Pagefind result or answer card; for a miss, "No results"), ms; null on timeout. */
	firstMs: number | null;
	/** Last keystroke → first Pagefind result, ms; null when none appeared. */
	pagefindMs: number | null;
	/** Last keystroke → our glossary answer card, ms; null when none appeared (always on bare sites). */
	answerMs: number | null;
	/** Bytes of /pagefind/ responses during the query (cold: from page load on). */
	pagefindBytes: number;
	/** Other search bytes: our glossary search index and card files, in gzip bytes. */
	answerBytes: number;
}

/** Summary of a set of query timings. */
export interface LatencySummary {
	medianMs: number;
	p95Ms: number;
	medianPagefindBytes: number;
	medianAnswerBytes: number;
	/** Queries that showed a result, or Pagefind's "No results" for misses, before the timeout. */
	answered: number;
}

export interface SearchResult {
	cold: LatencySummary;
	warm: LatencySummary;
	/** Warm latency of the queries the glossary answers (names, typos, questions, aliases, phrases): what the 50 ms budget is about. */
	warmAnswer: LatencySummary;
	/** Warm latency to the first Pagefind result alone, without our answer card: compares search engines like for like. */
	warmPagefind: LatencySummary;
	timings: { cold: QueryTiming[]; warm: QueryTiming[] };
}

const TIMEOUT_MS = 5000;
/** Time after the first result to keep counting bytes (the rest of the result fragments). */
const SETTLE_MS = 300;

/** Sums up timings; latency over the queries that answered, bytes over all. */
export function summarise(timings: readonly QueryTiming[]): LatencySummary {
	const latencies = timings.flatMap((t) => (t.firstMs === null ? [] : [t.firstMs]));
	return {
		medianMs: median(latencies),
		p95Ms: percentile(latencies, 95),
		medianPagefindBytes: median(timings.map((t) => t.pagefindBytes)),
		medianAnswerBytes: median(timings.map((t) => t.answerBytes)),
		answered: latencies.length,
	};
}

/** Serves a built folder on 127.0.0.1 with the project's static server; resolves once it listens. */
export function serveStatic(dir: string, port: number): Promise<ChildProcess> {
	const server = spawn(
		process.execPath,
		[
			join(projectRoot, 'scripts/serve-static.ts'),
			'--dir',
			dir,
			'--base',
			'/',
			'--port',
			`${port}`,
		],
		{ stdio: ['ignore', 'pipe', 'inherit'] },
	);
	return new Promise((resolve, reject) => {
		server.stdout.on('data', (chunk: Buffer) => {
			if (chunk.toString().includes('Serving')) resolve(server);
		});
		server.on('exit', (code) => reject(new Error(`serve-static exited with ${code}`)));
	});
}

/** Measures every query cold (a fresh browser context each) and warm (one page, after a warm-up query). */
export async function measureSearch(
	dir: string,
	port: number,
	queries: readonly SearchQuery[],
): Promise<SearchResult> {
	const server = await serveStatic(dir, port);
	// The full browser first: timings should be a reader's, not the lighter test shell's.
	const executablePath = findChromium(process.env, [...fullChromiumPaths, ...testChromiumPaths]);
	const browser = await chromium
		.launch({ executablePath, args: chromiumArgs })
		.catch((error: unknown) => {
			server.kill();
			throw error;
		});
	const origin = `http://127.0.0.1:${port}/`;
	try {
		const cold: QueryTiming[] = [];
		for (const query of queries) {
			const { page, bytes, close } = await openSearchPage(browser, origin);
			cold.push(await timeQuery(page, query, bytes, { countFromLoad: true }));
			await close();
		}
		const { page, bytes, close } = await openSearchPage(browser, origin);
		await timeQuery(page, { text: String(queries[0]?.text), kind: 'term' }, bytes, {
			countFromLoad: false,
		});
		const warm: QueryTiming[] = [];
		for (const query of queries) {
			await clearQuery(page);
			warm.push(await timeQuery(page, query, bytes, { countFromLoad: false }));
		}
		await close();
		return {
			cold: summarise(cold),
			warm: summarise(warm),
			warmAnswer: summarise(
				warm
					.filter((t) => answerKinds.includes(t.kind))
					.map((t) => ({ ...t, firstMs: t.answerMs })),
			),
			warmPagefind: summarise(warm.map((t) => ({ ...t, firstMs: t.pagefindMs }))),
			timings: { cold, warm },
		};
	} finally {
		await browser.close();
		server.kill();
	}
}

/** Byte counters that a query reads and resets. */
interface ByteCounter {
	pagefind: number;
	answer: number;
}

async function openSearchPage(browser: Browser, origin: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const bytes: ByteCounter = { pagefind: 0, answer: 0 };
	page.on('response', (response) => {
		const url = response.url();
		const kind = url.includes('/pagefind/')
			? 'pagefind'
			: /\/search\/(glossary-names\.txt|words\/|cards\/)/.test(url)
				? 'answer'
				: undefined;
		if (kind)
			void response
				.body()
				// Budgets are in gzip bytes; the bench's static server sends files uncompressed.
				.then((body) => (bytes[kind] += kind === 'answer' ? gzipSync(body).length : body.length))
				.catch(() => undefined);
	});
	await page.goto(origin);
	// Starlight creates the Pagefind UI when the page is idle; the button is enabled before that.
	await page
		.locator('#starlight__search input.pagefind-ui__search-input')
		.waitFor({ state: 'attached' });
	await page.locator('site-search button[data-open-modal]').click();
	await page
		.locator('#starlight__search input.pagefind-ui__search-input')
		.waitFor({ state: 'visible' });
	return { page, bytes, close: () => context.close() };
}

async function clearQuery(page: Page) {
	await page.locator('#starlight__search input.pagefind-ui__search-input').fill('');
	await page.waitForFunction(
		() =>
			!document.querySelector('#starlight__search .pagefind-ui__result') &&
			!document.querySelector('.cg-answer[data-state="answer"]'),
	);
	// Let Pagefind's input debounce run out, so the next query starts from rest.
	await page.waitForTimeout(400);
}

/**
 * Types a query as its last keystroke: the text before it is set without input events, so only
 * the full query is searched, and the clock starts at that keydown in the page.
 */
async function timeQuery(
	page: Page,
	query: SearchQuery,
	bytes: ByteCounter,
	{ countFromLoad }: { countFromLoad: boolean },
): Promise<QueryTiming> {
	await page.evaluate(
		(prefix) => {
			const input = document.querySelector<HTMLInputElement>(
				'#starlight__search input.pagefind-ui__search-input',
			)!;
			const probe = { start: 0, pagefind: 0, answer: 0, none: 0 };
			const state = window as unknown as {
				benchProbe: typeof probe;
				benchObserver?: MutationObserver;
			};
			// One observer at a time: stale ones would add work to every later query.
			state.benchObserver?.disconnect();
			state.benchProbe = probe;
			input.value = prefix;
			input.addEventListener('keydown', () => (probe.start = performance.now()), { once: true });
			const dialog = document.querySelector('site-search dialog')!;
			const check = () => {
				if (!probe.start) return;
				const now = performance.now();
				if (!probe.pagefind && dialog.querySelector('.pagefind-ui__result-link'))
					probe.pagefind = now;
				if (!probe.answer && dialog.querySelector('.cg-answer[data-state="answer"]'))
					probe.answer = now;
				const message = dialog.querySelector('.pagefind-ui__message')?.textContent ?? '';
				if (!probe.none && /^No results/i.test(message.trim())) probe.none = now;
			};
			state.benchObserver = new MutationObserver(check);
			state.benchObserver.observe(dialog, { childList: true, subtree: true, characterData: true });
		},
		query.text.slice(0, -1),
	);
	if (!countFromLoad) {
		bytes.pagefind = 0;
		bytes.answer = 0;
	}
	await page
		.locator('#starlight__search input.pagefind-ui__search-input')
		.press(query.text.slice(-1));
	const done = await page
		.waitForFunction(
			() => {
				const probe = (window as unknown as { benchProbe: Record<string, number> }).benchProbe;
				return probe.pagefind || probe.none ? probe : undefined;
			},
			undefined,
			{ timeout: TIMEOUT_MS, polling: 20 },
		)
		.then((handle) => handle.jsonValue() as Promise<Record<string, number>>)
		.catch(async () =>
			page.evaluate(() => (window as unknown as { benchProbe: Record<string, number> }).benchProbe),
		);
	await page.waitForTimeout(SETTLE_MS);
	const since = (time: number | undefined) =>
		time && done.start ? Math.round((time - done.start) * 10) / 10 : null;
	const pagefindMs = since(done.pagefind);
	const answerMs = since(done.answer);
	const found = [pagefindMs, answerMs].filter((ms): ms is number => ms !== null);
	return {
		query: query.text,
		kind: query.kind,
		firstMs: found.length > 0 ? Math.min(...found) : since(done.none),
		pagefindMs,
		answerMs,
		pagefindBytes: bytes.pagefind,
		answerBytes: bytes.answer,
	};
}
