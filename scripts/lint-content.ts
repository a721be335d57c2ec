// Jargon check (`npm run lint:content`): on pages written for business staff, every ALL-CAPS
// acronym must be a glossary term or alias, or be on content/jargon-allowlist.yaml.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { findBusinessPassages, isBusinessFacing } from './lib/business-pages.ts';
import { findUnknownAcronyms } from '../src/lib/glossary/jargon.ts';
import { readContent } from '../src/lib/validation/read-content.ts';

const { values } = parseArgs({ options: { root: { type: 'string', default: '.' } } });
const root = resolve(values.root);
const { content } = await readContent(root);
const allowlist =
	yaml.load(
		await readFile(resolve(root, 'content/jargon-allowlist.yaml'), 'utf8').catch(() => ''),
	) ?? {};
const known = new Set([
	...Object.keys(allowlist),
	...content.glossary.flatMap((term) => [term.data.term, ...term.data.aka]),
]);

let problems = 0;
for (const entry of [...content.guides, ...content.modules, ...content.talks]) {
	if (!isBusinessFacing(entry.data)) continue;
	const passages = findBusinessPassages(await readFile(resolve(root, entry.file), 'utf8'));
	for (const hit of findUnknownAcronyms(passages, known)) {
		problems++;
		console.error(
			`✖ ${entry.file}:${hit.line}\n    problem: "${hit.word}" is jargon to a business reader\n` +
				`    fix:     write it out in plain words, add a glossary term (or alias) for it, or add it to content/jargon-allowlist.yaml with a reason\n`,
		);
	}
}
if (problems > 0) {
	console.error(
		`${problems} acronym${problems === 1 ? '' : 's'} need a plain-language explanation.`,
	);
	process.exitCode = 1;
} else console.log('Jargon check: business-facing pages use only known acronyms.');
