// Proves that builds are byte-identical (a sha256 manifest of every file). By default it builds
// the site twice from clean output folders; `--against dist` builds once more and compares with
// the build already in dist/ (how `npm test` runs it, saving a build).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { diffTrees, hashTree } from './lib/manifest.ts';

const { values } = parseArgs({ options: { against: { type: 'string' } } });
const fresh = values.against
	? ['.astro/determinism/a']
	: ['.astro/determinism/a', '.astro/determinism/b'];
for (const folder of fresh) {
	rmSync(folder, { recursive: true, force: true });
	const { status } = spawnSync('astro', ['build', '--outDir', folder], {
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	if (status !== 0) {
		console.error(`The build into ${folder} failed.`);
		process.exit(1);
	}
}
const folders = values.against ? [values.against, fresh[0]!] : fresh;
const [first, second] = folders.map(hashTree) as [Map<string, string>, Map<string, string>];
const differences = diffTrees(first, second);
if (differences.length > 0) {
	console.error(
		`Two clean builds (${folders.join(' and ')}) differ in ${differences.length} files:\n  ${differences.slice(0, 20).join('\n  ')}`,
	);
	process.exitCode = 1;
} else console.log(`Two clean builds are byte-identical (${first.size} files).`);
rmSync('.astro/determinism', { recursive: true, force: true });
