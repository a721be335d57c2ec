// Content lint (`npm run lint:content`), two checks of what the schemas cannot see:
// - jargon: on every page of the site and in every glossary entry, each ALL-CAPS acronym must be
//   a glossary term or alias (or on content/jargon-allowlist.yaml), and every word on the reviewed
//   list of the site's own jargon (content/site-jargon.yaml) must have a glossary entry or alias;
// - knowledge checks: no module's quiz may be answerable without reading it (src/lib/modules/quiz-lint.ts).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { findProsePassages, findYamlPassages } from './lib/prose-passages.ts';
import { findUndefinedJargon, findUnknownAcronyms } from '../src/lib/glossary/jargon.ts';
import { lintQuiz } from '../src/lib/modules/quiz-lint.ts';
import { formatIssues, type ContentIssue } from '../src/lib/validation/index.ts';
import { readContent } from '../src/lib/validation/read-content.ts';

const { values } = parseArgs({ options: { root: { type: 'string', default: '.' } } });
const root = resolve(values.root);
const { content } = await readContent(root);
const read = (file: string) => readFile(resolve(root, file), 'utf8').catch(() => '');
const allowlist = (yaml.load(await read('content/jargon-allowlist.yaml')) ?? {}) as Record<
	string,
	string
>;
const names = content.glossary.flatMap((term) => [term.data.term, ...term.data.aka]);
const known = new Set([...Object.keys(allowlist), ...names]);

let problems = 0;
const report = (place: string, problem: string, fix: string) => {
	problems++;
	console.error(`✖ ${place}\n    problem: ${problem}\n    fix:     ${fix}\n`);
};
const acronymFix =
	'write it out in plain words, add a glossary term (or alias) for it, or add it to content/jargon-allowlist.yaml with a reason';

// Pages: guides, modules, kits and wins.
for (const entry of [...content.guides, ...content.modules, ...content.talks, ...content.wins])
	for (const hit of findUnknownAcronyms(findProsePassages(await read(entry.file)), known))
		report(
			`${entry.file}:${hit.line}`,
			`"${hit.word}" is not explained anywhere on the site`,
			acronymFix,
		);

// Paths and glossary entries: their prose fields. An entry may use the parts of its own name.
const pathFields = ['title', 'description', 'focus', 'task'];
for (const path of content.paths)
	for (const hit of findUnknownAcronyms(findYamlPassages(await read(path.file), pathFields), known))
		report(
			`${path.file}:${hit.line}`,
			`"${hit.word}" is not explained anywhere on the site`,
			acronymFix,
		);
const termFields = ['short', 'explanation', 'example', 'whyItMatters', 'askLikeThis'];
for (const term of content.glossary) {
	const own = [term.data.term, ...term.data.aka].flatMap((name) => name.split(/[^A-Za-z0-9&]+/));
	const knownHere = new Set([...known, ...own]);
	for (const hit of findUnknownAcronyms(
		findYamlPassages(await read(term.file), termFields),
		knownHere,
	))
		report(
			`${term.file}:${hit.line}`,
			`"${hit.word}" is not explained anywhere on the site`,
			acronymFix,
		);
}

// The site's own jargon: each reviewed word needs an entry or alias.
const jargonFile = 'content/site-jargon.yaml';
const jargonText = await read(jargonFile);
const jargon = ((yaml.load(jargonText) ?? []) as unknown[]).map((word) => {
	const line =
		jargonText.split('\n').findIndex((text) => text.replace(/^-\s*/, '').trim() === String(word)) +
		1;
	return { word: String(word), line };
});
for (const { word, line } of findUndefinedJargon(jargon, names))
	report(
		`${jargonFile}:${line}`,
		`the site's pages use "${word}", but no glossary term or alias names it`,
		`add content/glossary/<id>.yaml for it (npm run new -- term <id>), or add "${word}" as an alias of the term it means`,
	);

if (problems > 0)
	console.error(`${problems} word${problems === 1 ? '' : 's'} need a plain-language explanation.`);
else
	console.log(
		`Jargon check: every acronym on the site, and the ${jargon.length} words of ${jargonFile}, are explained.`,
	);

// Knowledge checks.
const quizIssues: ContentIssue[] = [];
for (const module of content.modules)
	quizIssues.push(...lintQuiz(module.file, await read(module.file), module.data.quiz));
const questions = content.modules.reduce((sum, module) => sum + module.data.quiz.length, 0);
if (quizIssues.length > 0)
	console.error(
		`${formatIssues(quizIssues)}\nIn these knowledge checks a reader could pick the answer without reading the module.`,
	);
else
	console.log(
		`Quiz check: the ${questions} questions of ${content.modules.length} modules give no answer away.`,
	);

if (problems > 0 || quizIssues.length > 0) process.exitCode = 1;
