// One page of every template, picked from the content (the first entry of each folder), so that
// renaming an entry never breaks a test. a11y.spec.ts and layout.spec.ts visit these.
import { readdirSync, readFileSync } from 'node:fs';

/** The first entry of a content folder (by file name), so renaming an entry never breaks the list. */
export const first = (folder: string, test: (text: string) => boolean = () => true) =>
	readdirSync(`content/${folder}`)
		.filter((file) => /\.(mdx|yaml)$/.test(file))
		.sort()
		.find((file) => test(readFileSync(`content/${folder}/${file}`, 'utf8')))!
		.replace(/\.(mdx|yaml)$/, '');
const kit = first('talks');
const kitWithCards = first('talks', (text) => /^cards:/m.test(text));

/** One page of every template; axe checks each in a11y.spec.ts and nowhere else. */
export const templates = [
	'/',
	`/guides/${first('docs/guides')}/`,
	'/glossary/',
	`/glossary/${first('glossary')}/`,
	'/modules/',
	`/modules/${first('modules')}/`,
	'/talks/',
	`/talks/${kit}/`,
	`/talks/${kit}/present/`,
	`/talks/${kit}/handout/`,
	`/talks/${kitWithCards}/cards/`,
	'/paths/',
	`/paths/${first('paths')}/`,
	'/wins/',
	'/tools/report-a-problem/',
	'/tools/health-check/',
	'/progress/',
	'/authoring/',
	'/guides/',
	'/404.html',
];
