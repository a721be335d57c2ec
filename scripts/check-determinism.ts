// Builds the site twice from clean output folders and proves the results are byte-identical
// (a sha256 manifest of every file). Run by `npm test`.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { diffTrees, hashTree } from './lib/manifest.ts';

const folders = ['.astro/determinism/a', '.astro/determinism/b'];
for (const folder of folders) {
	rmSync(folder, { recursive: true, force: true });
	const { status } = spawnSync('astro', ['build', '--outDir', folder], {
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	if (status !== 0) {
		console.error(`The build into ${folder} failed.`);
		process.exit(1);
	}
}
const [first, second] = folders.map(hashTree) as [Map<string, string>, Map<string, string>];
const differences = diffTrees(first, second);
if (differences.length > 0) {
	console.error(
		`Two clean builds differ in ${differences.length} files:\n  ${differences.slice(0, 20).join('\n  ')}`,
	);
	process.exitCode = 1;
} else console.log(`Two clean builds are byte-identical (${first.size} files).`);
rmSync('.astro/determinism', { recursive: true, force: true });
