import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { staticChecks } from '../../scripts/lib/static-checks.ts';

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
	scripts: Record<string, string>;
};

/** What one command of a script needs: a file for `node <file>`, a script for `npm run`, else a binary. */
function findMissing(command: string): string | undefined {
	const [program, ...args] = command.trim().split(/\s+/);
	if (!program) return 'an empty command';
	if (program === 'node') {
		const file = args.find((arg) => !arg.startsWith('-'));
		return file && existsSync(file) ? undefined : `the file ${file ?? '(none)'}`;
	}
	if (program === 'npm' && args[0] === 'run')
		return args[1] && args[1] in manifest.scripts ? undefined : `the npm script ${args[1]}`;
	return existsSync(`node_modules/.bin/${program}`) ? undefined : `the program ${program}`;
}

describe('package.json scripts', () => {
	test.each(Object.entries(manifest.scripts))(
		'npm run %s runs something that exists',
		(_, script) => {
			const missing = script.split('&&').map(findMissing).filter(Boolean);
			expect(missing).toEqual([]);
		},
	);

	test.each(staticChecks.map((check) => [check.name, check] as const))(
		'the %s check runs something that exists',
		(_, check) => {
			expect(findMissing([check.command, ...check.args].join(' '))).toBeUndefined();
		},
	);

	test('a missing file is reported', () => {
		expect(findMissing('node scripts/does-not-exist.ts')).toBe(
			'the file scripts/does-not-exist.ts',
		);
		expect(findMissing('npm run no-such-script')).toBe('the npm script no-such-script');
		expect(findMissing('no-such-program --flag')).toBe('the program no-such-program');
	});
});
