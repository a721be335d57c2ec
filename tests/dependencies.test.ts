import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
	dependencies: Record<string, string>;
};
/** The folder Node would load `name` from when required by code in `from`. */
function packageDir(name: string, from = process.cwd()): string {
	for (let dir = resolve(from); ; dir = dirname(dir)) {
		const candidate = join(dir, 'node_modules', name);
		if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
		if (dirname(dir) === dir) throw new Error(`${name} is not installed`);
	}
}

describe('dependencies', () => {
	// The search code and the tests use Pagefind's API; Starlight builds the index with its own
	// Pagefind. Both must be one copy, so an update of either cannot split them.
	test('Pagefind is one copy, the exact version package.json pins, shared with Starlight', () => {
		const pinned = manifest.dependencies.pagefind;
		expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
		const ours = packageDir('pagefind');
		const starlights = packageDir('pagefind', packageDir('@astrojs/starlight'));
		expect(starlights).toBe(ours);
		const installed = JSON.parse(readFileSync(`${ours}/package.json`, 'utf8')) as {
			version: string;
		};
		expect(installed.version).toBe(pinned);
	});
});
