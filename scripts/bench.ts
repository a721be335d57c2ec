// Benchmarks the site against bare Starlight on the same pages: build time and memory, page
// weight per template, Pagefind index size and search latency in Chromium. Method: BENCHMARK.md.
// `npm run bench -- [--sizes S,M] [--runs 3] [--no-search] [--update-docs]`
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { createBarePages, writeBareSite } from './lib/bench/bare-site.ts';
import {
	FIXED_PAGES,
	MEDIUM_TARGET_PAGES,
	countEntryPages,
	readSourceCorpus,
	scaleUp,
	selectSubset,
	smallQuota,
	writeCorpus,
} from './lib/bench/corpus.ts';
import {
	countHtmlPages,
	getTemplateFiles,
	measurePagefind,
	measureTemplates,
} from './lib/bench/measure.ts';
import { type Corpus, entriesOf } from './lib/bench/model.ts';
import {
	type BenchResults,
	type SiteName,
	type SiteResult,
	formatMarkdown,
	replaceBetweenMarkers,
	siteLabels,
	siteNames,
} from './lib/bench/report.ts';
import { drawQueries, measureSearch } from './lib/bench/search.ts';
import { median } from './lib/bench/stats.ts';
import {
	buildSite,
	createScratchSite,
	emptyScratchFolder,
	projectRoot,
} from './lib/scratch-site.ts';
import { formatIssues, validateContent } from '../src/lib/validation/index.ts';

const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: 'S,M' },
		// Three runs: the median drops one slow outlier (a cold disk cache, the other engineer's
		// process waking up) without making the M size take much more than ten minutes.
		runs: { type: 'string', default: '3' },
		'no-search': { type: 'boolean', default: false },
		'update-docs': { type: 'boolean', default: false },
	},
});

const runs = Number(values.runs);
const sizes = values.sizes.split(',').map((size) => size.trim().toUpperCase());
if (!Number.isInteger(runs) || runs < 1)
	throw new Error('--runs takes a whole number of 1 or more');
for (const size of sizes)
	if (size !== 'S' && size !== 'M') throw new Error(`unknown size "${size}": use S, M or S,M`);

const started = performance.now();
const source = readSourceCorpus(projectRoot);
const corpora: Record<string, Corpus> = {
	S: selectSubset(source, smallQuota),
	M: scaleUp(source, MEDIUM_TARGET_PAGES),
};
// Queries come from the S corpus, so both sizes are searched for the same words.
const queries = drawQueries(corpora.S!);
const results: SiteResult[] = [];
const corpusSummary: BenchResults['corpora'] = {};

for (const size of sizes) {
	const corpus = corpora[size]!;
	const pages = FIXED_PAGES + countEntryPages(corpus.entries);
	corpusSummary[size] = {
		pages,
		entries: Object.fromEntries(
			(['glossary', 'modules', 'talks', 'paths', 'guides', 'wins'] as const).map((name) => [
				name,
				entriesOf(corpus.entries, name).length,
			]),
		),
	};
	console.log(`\n${size}: ${corpus.entries.length} entries, ${pages} pages expected`);
	const sites = await prepareSites(size, corpus);
	const outcomes = new Map<SiteName, SiteResult['runs']>(siteNames.map((site) => [site, []]));
	for (let run = 1; run <= runs; run++)
		// Interleaved, so a slow minute on the machine does not fall on one site only.
		for (const site of siteNames) {
			const dir = sites[site];
			rmSync(join(dir, 'dist'), { recursive: true, force: true });
			rmSync(join(dir, '.astro'), { recursive: true, force: true });
			const outcome = await buildSite(dir);
			if (outcome.status !== 0) {
				console.error(outcome.output.slice(-4000));
				throw new Error(`${siteLabels[site]} (${size}) failed to build; its output is above`);
			}
			outcomes.get(site)!.push({
				milliseconds: Math.round(outcome.milliseconds),
				peakRssBytes: outcome.peakRssBytes,
			});
			console.log(
				`  run ${run} ${siteLabels[site]}: ${(outcome.milliseconds / 1000).toFixed(1)} s, ${Math.round(outcome.peakRssBytes / 2 ** 20)} MB`,
			);
		}
	const templateFiles = getTemplateFiles(pickTemplateIds(corpora.S!));
	for (const [index, site] of siteNames.entries()) {
		const dist = join(sites[site], 'dist');
		const siteRuns = outcomes.get(site)!;
		const htmlPages = countHtmlPages(dist);
		const buildMs = median(siteRuns.map((r) => r.milliseconds));
		const result: SiteResult = {
			site,
			size,
			htmlPages,
			runs: siteRuns,
			buildMs,
			msPerPage: buildMs / htmlPages,
			peakRssBytes: median(siteRuns.map((r) => r.peakRssBytes)),
			templates: measureTemplates(dist, templateFiles),
			pagefind: measurePagefind(dist),
		};
		if (!values['no-search']) {
			console.log(`  searching ${siteLabels[site]} (${size}) …`);
			result.search = await measureSearch(dist, 4350 + index, queries);
		}
		results.push(result);
	}
}

const bench: BenchResults = {
	date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
	machine: {
		cpus: availableParallelism(),
		cpuModel: cpus()[0]?.model.trim() ?? 'unknown CPU',
		memoryBytes: totalmem(),
		node: process.versions.node,
	},
	runs,
	corpora: corpusSummary,
	results,
};
const markdown = formatMarkdown(bench);
const reportDir = join(projectRoot, 'reports', 'bench');
mkdirSync(reportDir, { recursive: true });
writeFileSync(join(reportDir, 'results.json'), `${JSON.stringify(bench, null, '\t')}\n`);
writeFileSync(join(reportDir, 'results.md'), `# Benchmark results\n\n${markdown}\n`);
console.log(`\n${markdown}\n`);
if (values['update-docs']) {
	const docs = join(projectRoot, 'BENCHMARK.md');
	const updated = replaceBetweenMarkers(readFileSync(docs, 'utf8'), markdown);
	// Formatted as `npm run format` would, so the format check stays green after an update.
	const options = await prettier.resolveConfig(docs);
	writeFileSync(docs, await prettier.format(updated, { ...options, filepath: docs }));
	console.log('Updated the figures in BENCHMARK.md.');
}
console.log(
	`\nWrote reports/bench/results.json and results.md in ${((performance.now() - started) / 60_000).toFixed(1)} min.`,
);

/** Writes the corpus into a scratch copy of this site, validates it, and writes the two bare sites. */
async function prepareSites(size: string, corpus: Corpus): Promise<Record<SiteName, string>> {
	const ours = createScratchSite(`bench-ours-${size}`);
	writeCorpus(ours, corpus);
	const { issues } = await validateContent(ours);
	if (issues.length > 0) {
		console.error(formatIssues(issues));
		throw new Error(`the generated ${size} corpus is not valid content; see the problems above`);
	}
	const barePages = createBarePages(corpus);
	const sites = { ours } as Record<SiteName, string>;
	for (const processor of ['unified', 'default'] as const) {
		const dir = emptyScratchFolder(`bench-bare-${processor}-${size}`);
		writeBareSite(dir, barePages, processor);
		sites[`bare-${processor}`] = dir;
	}
	console.log(`  valid; bare sites have ${barePages.length} pages each`);
	return sites;
}

/** The first original of each kind in the S corpus: a page that exists at every size. */
function pickTemplateIds(corpus: Corpus) {
	const first = (name: 'glossary' | 'modules' | 'talks' | 'guides') =>
		entriesOf(corpus.entries, name)[0]!.id;
	return {
		term: first('glossary'),
		module: first('modules'),
		talk: first('talks'),
		guide: first('guides'),
	};
}
