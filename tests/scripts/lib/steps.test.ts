import { afterEach, describe, expect, test, vi } from 'vitest';
import { runInBackground, runSideBySide, runStep } from '../../../scripts/lib/steps.ts';

const node = (code: string) => ({ name: code, command: process.execPath, args: ['-e', code] });

afterEach(() => vi.restoreAllMocks());

describe('test-run steps', () => {
	test('side by side, results come back in the order of the steps', async () => {
		vi.spyOn(console, 'log').mockImplementation(() => undefined);
		vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
		const results = await runSideBySide([
			node('setTimeout(() => {}, 150)'),
			node('process.exit(3)'),
			node('console.log("done")'),
		]);
		expect(results).toEqual([true, false, true]);
	});

	test("a step's output is printed whole, after its name, with the outcome", async () => {
		const lines: string[] = [];
		vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
		vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
			lines.push(String(chunk));
			return true;
		});
		expect(await runInBackground(node('console.log("one"); console.error("two")'))).toBe(true);
		expect(lines[0]).toMatch(/^\n▶ console\.log/);
		expect(lines[1]).toBe('one\ntwo\n');
		expect(lines[2]).toMatch(/✓ console\.log\("one"\); console\.error\("two"\) \(\d+\.\d s\)$/);
	});

	test('a command that cannot start fails with a reason', async () => {
		const lines: string[] = [];
		vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
		vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
		const ok = await runInBackground({
			name: 'missing',
			command: 'no-such-command-here',
			args: [],
		});
		expect(ok).toBe(false);
		expect(lines.at(-1)).toMatch(/could not start: .*ENOENT[\s\S]*✖ missing/);
	});

	test('one step streamed, its exit status as the result', () => {
		vi.spyOn(console, 'log').mockImplementation(() => undefined);
		expect(runStep(node('process.exit(0)'))).toBe(true);
		expect(runStep(node('process.exit(1)'))).toBe(false);
	});
});
