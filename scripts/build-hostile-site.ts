// Builds a copy of the site whose content carries 53 XSS payloads in its fields, for the browser
// tests in tests/e2e/hostile/ (npm test runs this before them). The build lands in
// .astro/scratch/hostile/dist, with hostile-payloads.json listing where each payload went.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { injectPayloads } from './lib/hostile-content.ts';
import { buildSite, createScratchSite, projectRoot } from './lib/scratch-site.ts';

const site = createScratchSite('hostile');
cpSync(join(projectRoot, 'content'), join(site, 'content'), { recursive: true });
const injections = injectPayloads(join(site, 'content'));
writeFileSync(join(site, 'hostile-payloads.json'), JSON.stringify(injections, null, '\t'));

const build = await buildSite(site);
if (build.status !== 0) {
	console.error(build.output.split('\n').slice(-30).join('\n'));
	console.error('\nThe build with payloads in content fields failed (output above).');
	process.exit(1);
}
console.log(
	`Built the site with ${injections.length} payloads in content fields into ${join(site, 'dist')}.`,
);
