// Runs the commands of `npm test`: one at a time with their output as it comes, or two side by
// side (the machines this runs on have two cores) with each one's output printed whole when it
// ends, so logs never interleave.
import { spawn } from 'node:child_process';

/** A command of the test run, named for the log and the summary. */
export interface Step {
	name: string;
	command: string;
	args: readonly string[];
}

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

const seconds = (started: number) => `${((performance.now() - started) / 1000).toFixed(1)} s`;

/**
 * Runs one step with its output streamed; resolves true when it exits with 0. It does not block,
 * so a held step running beside it keeps its own clock.
 */
export function runStep({ name, command, args }: Step): Promise<boolean> {
	console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
	const started = performance.now();
	return new Promise((resolve) => {
		const child = spawn(command, args, { stdio: 'inherit', env });
		let finished = false;
		const finish = (ok: boolean, note = '') => {
			if (finished) return;
			finished = true;
			console.log(`${note}  ${ok ? '✓' : '✖'} ${name} (${seconds(started)})`);
			resolve(ok);
		};
		child.on('error', (error) => finish(false, `  could not start: ${error.message}\n`));
		child.on('close', (code) => finish(code === 0));
	});
}

/** A finished step whose output was held back: whether it passed, and how to print its output. */
export interface HeldStep {
	ok: boolean;
	/** Prints the step's name, its whole output and the outcome with its time. */
	report: () => void;
}

/** Runs a step with its output held back until the caller reports it; resolves once it ends. */
export function runHeld({ name, command, args }: Step): Promise<HeldStep> {
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
			const took = seconds(started);
			resolve({
				ok,
				report: () => {
					console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
					process.stdout.write(Buffer.concat(output));
					console.log(`${note}  ${ok ? '✓' : '✖'} ${name} (${took})`);
				},
			});
		};
		child.on('error', (error) => finish(false, `  could not start: ${error.message}\n`));
		child.on('close', (code) => finish(code === 0));
	});
}

/** Runs a step with its output held back and printed whole when it ends; resolves true on exit 0. */
export async function runInBackground(step: Step): Promise<boolean> {
	const { ok, report } = await runHeld(step);
	report();
	return ok;
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
