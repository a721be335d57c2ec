// Runs the commands of `npm test`: one at a time with their output as it comes, or two side by
// side (the machines this runs on have two cores) with each one's output printed whole when it
// ends, so logs never interleave.
import { spawn, spawnSync } from 'node:child_process';
import { pinBuildDate } from '../../src/lib/site/build-date.ts';

/** A command of the test run, named for the log and the summary. */
export interface Step {
	name: string;
	command: string;
	args: readonly string[];
}

// One date for every build of a run, even one that crosses midnight UTC (reproducible build).
const env = pinBuildDate({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1' });

const seconds = (started: number) => `${((performance.now() - started) / 1000).toFixed(1)} s`;

/** Runs one step with its output streamed; true when it exits with 0. */
export function runStep({ name, command, args }: Step): boolean {
	console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
	const started = performance.now();
	const { status } = spawnSync(command, args, { stdio: 'inherit', env });
	console.log(`  ${status === 0 ? '✓' : '✖'} ${name} (${seconds(started)})`);
	return status === 0;
}

/** Runs a step with its output held back and printed whole when it ends; resolves true on exit 0. */
export function runInBackground({ name, command, args }: Step): Promise<boolean> {
	const started = performance.now();
	return new Promise((resolve) => {
		const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
		const output: Buffer[] = [];
		child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
		let finished = false;
		const finish = (ok: boolean, note = '') => {
			// A command that cannot start reports both an error and a close.
			if (finished) return;
			finished = true;
			console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
			process.stdout.write(Buffer.concat(output));
			console.log(`${note}  ${ok ? '✓' : '✖'} ${name} (${seconds(started)})`);
			resolve(ok);
		};
		child.on('error', (error) => finish(false, `  could not start: ${error.message}\n`));
		child.on('close', (code) => finish(code === 0));
	});
}

/**
 * Runs steps at most `width` at a time, in the order given as places free up; resolves with
 * whether each passed, in the same order.
 */
export async function runSideBySide(steps: readonly Step[], width = 2): Promise<boolean[]> {
	const results: boolean[] = [];
	let next = 0;
	const lane = async () => {
		while (next < steps.length) {
			const index = next++;
			results[index] = await runInBackground(steps[index]!);
		}
	};
	await Promise.all(Array.from({ length: Math.min(width, steps.length) }, lane));
	return results;
}
