// HTML validity gate: every page of a built site through html-validate (scripts/lib/html-validity.ts).
// `node scripts/check-html.ts [--dist dist]`; run by `npm test`. Exits non-zero on any error.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { type UpstreamMarkup, validatePage } from './lib/html-validity.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const pages = readdirSync(values.dist, { recursive: true, encoding: 'utf8' })
	.filter((path) => path.endsWith('.html'))
	.sort();

let errors = 0;
const setAside = new Map<UpstreamMarkup, number>();
for (const page of pages) {
	const file = join(values.dist, page);
	const report = await validatePage(relative('.', file), readFileSync(file, 'utf8'));
	for (const message of report.errors) {
		errors++;
		if (errors <= 50)
			console.error(
				`${report.file}:${message.line}:${message.column} ${message.message} [${message.ruleId}]`,
			);
	}
	for (const [key, count] of report.setAside) setAside.set(key, (setAside.get(key) ?? 0) + count);
}
if (errors > 50) console.error(`… and ${errors - 50} more.`);

console.log(
	`${pages.length} pages checked with html-validate (standard, a11y and document rules).`,
);
if (setAside.size > 0) {
	console.log('Set aside, in markup this project does not write:');
	for (const [kind, count] of setAside)
		console.log(`  ${count} from ${kind.owner} (${kind.rules.join(', ')}): ${kind.reason}`);
}
if (errors > 0) {
	console.error(
		`\n${errors} HTML error${errors === 1 ? '' : 's'}. Each line names the built file; the page's source is in src/pages or content/.`,
	);
	process.exitCode = 1;
} else console.log('0 errors.');
