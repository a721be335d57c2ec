// Checks that the Content-Security-Policy in deploy/nginx.conf and public/_headers lists the hash
// of every inline script in the built site, and nothing else. `--write` updates both files.
// `node scripts/check-csp.ts [--dist dist] [--write]`; run by `npm test` after the build.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { inlineScriptHashes, scriptHashesIn, withScriptHashes } from './lib/csp.ts';

const { values } = parseArgs({
	options: {
		dist: { type: 'string', default: 'dist' },
		write: { type: 'boolean', default: false },
	},
});
const hashes = inlineScriptHashes(values.dist);
let stale = 0;
for (const file of ['deploy/nginx.conf', 'public/_headers']) {
	const text = readFileSync(file, 'utf8');
	if (scriptHashesIn(text).join(' ') === hashes.join(' ')) continue;
	if (values.write) {
		writeFileSync(file, withScriptHashes(text, hashes));
		console.log(`Updated the script hashes in ${file}.`);
	} else {
		stale++;
		console.error(`${file}: its script-src does not list the site's inline scripts.`);
	}
}
if (stale > 0) {
	console.error(
		`\nThe built site has ${hashes.length} inline scripts (${hashes.join(' ')}).\nIf Starlight was updated, run: npm run build && npm run check:csp -- --write, then rebuild.`,
	);
	process.exitCode = 1;
} else if (!values.write)
	console.log(`The policy lists the hashes of all ${hashes.length} inline scripts, and no others.`);
