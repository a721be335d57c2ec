// `npm test`: static checks, unit tests, a production build and the browser tests, then one
// summary line `N passed, N failed` that CI reads. Every stage runs even if an earlier one fails,
// except the browser tests, which need a build. Checks and builds run two at a time (the
// machines have two cores), each one's output printed whole when it ends.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './lib/find-chromium.ts';
import { staticChecks } from './lib/static-checks.ts';
import { runInBackground, runSideBySide, runStep, type Step } from './lib/steps.ts';
import { countPlaywright, countVitest, type Tally } from './lib/test-reports.ts';

const tally: Tally = { passed: 0, failed: 0 };
const failures: string[] = [];

/** Counts a finished check in the summary. */
function count(name: string, ok: boolean) {
	if (ok) tally.passed++;
	else {
		tally.failed++;
		failures.push(name);
	}
}

function readReport(path: string): unknown {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return undefined;
	}
}

function addCounts(name: string, counts: Tally | undefined, exitedCleanly: boolean) {
	if (!counts || (!exitedCleanly && counts.failed === 0)) {
		tally.failed++;
		failures.push(`${name} (the runner failed before reporting)`);
		return;
	}
	tally.passed += counts.passed;
	tally.failed += counts.failed;
	if (counts.failed > 0) failures.push(`${name}: ${counts.failed} failed`);
}

let chromium: string | undefined;
try {
	chromium = findChromium();
	console.log(`Chromium: ${chromium}`);
} catch (error) {
	console.error(`\n${(error as Error).message}\n`);
}

if (!['/usr/sbin/nginx', '/usr/bin/nginx'].some((path) => existsSync(path)))
	console.error(
		'\nnginx not found, so the hosting test will fail. Install it: sudo apt-get install -y nginx\n',
	);

rmSync('reports', { recursive: true, force: true });
const started = performance.now();

// The static checks, two at a time within each stage (see scripts/lib/static-checks.ts).
for (const stage of [1, 2] as const) {
	const checks = staticChecks.filter((check) => check.stage === stage);
	(await runSideBySide(checks)).forEach((ok, index) => count(checks[index]!.name, ok));
}

// With coverage: the run fails when lines covered in src/lib, src/markdown and scripts/lib fall
// below the floor in vitest.config.ts, and prints the figure. Vitest uses both cores itself
// (vitest.config.ts).
const unitOk = runStep({
	name: 'unit tests',
	command: 'vitest',
	args: [
		'run',
		'--coverage',
		'--reporter=default',
		'--reporter=json',
		'--outputFile=reports/vitest.json',
	],
});
addCounts('unit tests', countVitest(readReport('reports/vitest.json')), unitOk);

// The builds, two at a time. Builds of this project share its .astro/ cache, so they follow one
// another in one lane: the site, the site under a sub-path, the reproducibility build. The copy
// with payloads in its content builds in its own folder in the other lane, which then checks
// the site's output once it is there. (Run beside the browser tests instead, the reproducibility
// build cost them more time than it saved here.)
const siteBuild = runInBackground({ name: 'build', command: 'astro', args: ['build'] });
const hostileBuild = runInBackground({
	name: 'build with payloads in content fields',
	command: 'node',
	args: ['scripts/build-hostile-site.ts'],
});
const siteLane = siteBuild.then(async (ok) =>
	ok
		? [
				await runInBackground({
					name: 'build under a sub-path',
					command: 'sh',
					args: ['-c', 'BASE_PATH=/learning/ OUT_DIR=./dist-subpath astro build'],
				}),
				await runInBackground({
					name: 'reproducible build',
					command: 'node',
					args: ['scripts/check-determinism.ts', '--against', 'dist'],
				}),
			]
		: [false, false],
);
const outputChecks: Step[] = [
	{ name: 'page-weight budgets', command: 'node', args: ['scripts/check-budgets.ts'] },
	{ name: 'HTML validity', command: 'node', args: ['scripts/check-html.ts'] },
	{ name: 'CSP script hashes', command: 'node', args: ['scripts/check-csp.ts'] },
];
const checkLane = Promise.all([siteBuild, hostileBuild]).then(async ([ok]) => {
	const results: boolean[] = [];
	if (ok) for (const check of outputChecks) results.push(await runInBackground(check));
	return results;
});
const [siteBuilt, hostileBuilt, [subPathBuilt = false, reproducible = false], outputOk] =
	await Promise.all([siteBuild, hostileBuild, siteLane, checkLane]);
const built = siteBuilt && subPathBuilt;
count('build', built);
if (built) count('build with payloads in content fields', hostileBuilt);
if (siteBuilt) outputChecks.forEach(({ name }, index) => count(name, outputOk[index] ?? false));
if (siteBuilt) count('reproducible build', reproducible);
console.log(`\nChecks and builds took ${((performance.now() - started) / 1000).toFixed(0)} s.`);

if (!chromium) {
	tally.failed++;
	failures.push('browser tests (no Chromium)');
} else if (built) {
	// Without the payload build its server cannot start, so the other projects run on their own.
	const projects = hostileBuilt ? [] : ['--project=site', '--project=nginx', '--project=sub-path'];
	const e2eOk = runStep({
		name: 'browser tests',
		command: 'playwright',
		args: ['test', ...projects],
	});
	addCounts('browser tests', countPlaywright(readReport('reports/playwright.json')), e2eOk);
} else {
	tally.failed++;
	failures.push('browser tests (skipped: the build failed)');
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${tally.passed} passed, ${tally.failed} failed`);
process.exitCode = tally.failed > 0 ? 1 : 0;
