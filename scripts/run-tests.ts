// `npm test`: static checks, unit tests, a production build and the browser tests, then one
// summary line `N passed, N failed` that CI reads. Every stage runs even if an earlier one fails,
// except the browser tests, which need a build.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './lib/find-chromium.ts';
import { staticChecks } from './lib/static-checks.ts';
import { countPlaywright, countVitest, type Tally } from './lib/test-reports.ts';

const tally: Tally = { passed: 0, failed: 0 };
const failures: string[] = [];

function step(name: string, command: string, args: string[]): boolean {
	console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
	const started = performance.now();
	const { status } = spawnSync(command, args, {
		stdio: 'inherit',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	console.log(
		`  ${status === 0 ? '✓' : '✖'} ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
	);
	return status === 0;
}

function check(name: string, command: string, args: string[]) {
	if (step(name, command, args)) tally.passed++;
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
for (const { name, command, args } of staticChecks) check(name, command, args);

// With coverage: the run fails when lines covered in src/lib, src/markdown and scripts/lib fall
// below the floor in vitest.config.ts, and prints the figure.
const unitOk = step('unit tests', 'vitest', [
	'run',
	'--coverage',
	'--reporter=default',
	'--reporter=json',
	'--outputFile=reports/vitest.json',
]);
addCounts('unit tests', countVitest(readReport('reports/vitest.json')), unitOk);

const built =
	step('build', 'astro', ['build']) &&
	step('build under a sub-path', 'sh', [
		'-c',
		'BASE_PATH=/learning/ OUT_DIR=./dist-subpath astro build',
	]);
if (built) tally.passed++;
else {
	tally.failed++;
	failures.push('build');
}

// A copy of the site with XSS payloads in its content fields, for tests/e2e/hostile/.
const hostileBuilt =
	built && step('build with payloads in content fields', 'node', ['scripts/build-hostile-site.ts']);
if (built && hostileBuilt) tally.passed++;
else if (built) {
	tally.failed++;
	failures.push('build with payloads in content fields');
}

if (built) check('page-weight budgets', 'node', ['scripts/check-budgets.ts']);
if (built) check('HTML validity', 'node', ['scripts/check-html.ts']);
if (built) check('CSP script hashes', 'node', ['scripts/check-csp.ts']);
if (built)
	check('reproducible build', 'node', ['scripts/check-determinism.ts', '--against', 'dist']);

if (!chromium) {
	tally.failed++;
	failures.push('browser tests (no Chromium)');
} else if (built) {
	// Without the payload build its server cannot start, so the other projects run on their own.
	const projects = hostileBuilt ? [] : ['--project=site', '--project=nginx', '--project=sub-path'];
	const e2eOk = step('browser tests', 'playwright', ['test', ...projects]);
	addCounts('browser tests', countPlaywright(readReport('reports/playwright.json')), e2eOk);
} else {
	tally.failed++;
	failures.push('browser tests (skipped: the build failed)');
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${tally.passed} passed, ${tally.failed} failed`);
process.exitCode = tally.failed > 0 ? 1 : 0;
