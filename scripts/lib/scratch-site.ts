// A scratch copy of this site with content of its own, for builds that must not touch the real
// content: the benchmark's synthetic corpora and the fixture build with hostile content fields.
// The copy holds the code (src, public, config) and lives inside the project, under .astro/scratch/,
// so Node and Vite find node_modules by walking up (a symlinked node_modules breaks Vite's paths).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');

/** What a scratch site needs from the project: its code, never its content or output. */
const codePaths = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'];

export interface BuildOutcome {
	status: number | null;
	/** Wall-clock time of the whole `astro build` process, Pagefind included. */
	milliseconds: number;
	/** Highest summed resident memory of the build and its child processes, sampled. */
	peakRssBytes: number;
	output: string;
}

/**
 * Copies the site's code into .astro/scratch/<name> (emptied first) with an empty `content/`
 * folder beside it, and returns that folder. Write the content, then call `buildSite(folder)`.
 */
export function createScratchSite(name: string): string {
	const dir = emptyScratchFolder(name);
	for (const path of codePaths) {
		// verbatimSymlinks keeps src/content/docs → ../../content/docs pointing inside the copy.
		cpSync(join(projectRoot, path), join(dir, path), { recursive: true, verbatimSymlinks: true });
	}
	mkdirSync(join(dir, 'content'), { recursive: true });
	return dir;
}

/** An empty folder .astro/scratch/<name> inside the project, for any site that `buildSite` runs. */
export function emptyScratchFolder(name: string): string {
	const dir = join(projectRoot, '.astro', 'scratch', name);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	return dir;
}

/** Sum of resident memory (bytes) of a process and all its descendants, read from /proc. */
function treeRss(rootPid: number): number {
	const children = new Map<number, number[]>();
	const rss = new Map<number, number>();
	let pids: string[] = [];
	try {
		pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
	} catch {
		return 0;
	}
	for (const name of pids) {
		const stat = readText(`/proc/${name}/stat`);
		if (!stat) continue;
		// Fields after the command name, which sits in parentheses and may hold spaces.
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		const pid = Number(name);
		const parent = Number(fields[1]);
		rss.set(pid, Number(fields[21]) * 4096);
		children.set(parent, [...(children.get(parent) ?? []), pid]);
	}
	let total = 0;
	const queue = [rootPid];
	while (queue.length > 0) {
		const pid = queue.pop() as number;
		total += rss.get(pid) ?? 0;
		queue.push(...(children.get(pid) ?? []));
	}
	return total;
}

/** Runs `astro build` in a site folder, timing it and sampling its memory every 50 ms. */
export function buildSite(dir: string, env: Record<string, string> = {}): Promise<BuildOutcome> {
	const astro = join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
	if (!existsSync(astro)) throw new Error('Astro is not installed: run npm install first.');
	return new Promise((done) => {
		const started = performance.now();
		const child = spawn(process.execPath, [astro, 'build'], {
			cwd: dir,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		let peakRssBytes = 0;
		const sampler = setInterval(() => {
			if (child.pid) peakRssBytes = Math.max(peakRssBytes, treeRss(child.pid));
		}, 50);
		child.on('close', (status) => {
			clearInterval(sampler);
			done({ status, milliseconds: performance.now() - started, peakRssBytes, output });
		});
	});
}

function readText(path: string): string | undefined {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return undefined;
	}
}
