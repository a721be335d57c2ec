// One page of every template, picked from the content (the first entry of each folder), so that
// renaming an entry never breaks a test. a11y.spec.ts and layout.spec.ts visit these.
import { readdirSync, readFileSync } from 'node:fs';
import { kits } from './kits.ts';

/** The first entry of a content folder (by file name), so renaming an entry never breaks the list. */
export const first = (folder: string, test: (text: string) => boolean = () => true) =>
	readdirSync(`content/${folder}`)
		.filter((file) => /\.(mdx|yaml)$/.test(file))
		.sort()
		.find((file) => test(readFileSync(`content/${folder}/${file}`, 'utf8')))!
		.replace(/\.(mdx|yaml)$/, '');
const kit = first('talks');
const kitWithCards = first('talks', (text) => /^cards:/m.test(text));
const kitWithVariant = kits.find((each) => each.variants?.length)!;

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
	`/talks/${kit}/terms/`,
	`/talks/${kit}/feedback/`,
	`/talks/${kit}/feedback-sheet/`,
	`/talks/${kitWithVariant.id}/present/${kitWithVariant.variants![0]!.id}/`,
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

/** An entry's display title (`title`, or `term` for the glossary), read from its file. */
export function titleOf(folder: string, id: string): string {
	const file = readdirSync(`content/${folder}`).find(
		(name) => name.replace(/\.(mdx|yaml)$/, '') === id,
	)!;
	const text = readFileSync(`content/${folder}/${file}`, 'utf8');
	const line = /^(?:title|term): (.*)$/m.exec(text)![1]!;
	return line.replace(/^["']|["']$/g, '');
}

/** A guide that shows the helpdesk contacts (a definition list, and terms with tooltips). */
export const guideWithContacts = first('docs/guides', (text) => text.includes('<HelpdeskContacts'));
/** The first sync kit, which lists the wins since the last sync. */
export const syncKit = first('talks', (text) => /^kind: sync$/m.test(text));
/** The first path with a module step. */
export const pathWithModule = first('paths', (text) => /kind: module/.test(text));
