// What the benchmark reads from a built site: page count, page weights per template and the
// size of the Pagefind index.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { measurePage, type PageWeight } from '../page-weight.ts';

/** Page templates compared between our site and the bare sites, in report order. */
export const templateNames = ['start', 'term', 'glossaryIndex', 'module', 'talk', 'guide'] as const;
export type TemplateName = (typeof templateNames)[number];

/** Labels for reports. */
export const templateLabels: Record<TemplateName, string> = {
	start: 'start page',
	term: 'glossary term',
	glossaryIndex: 'glossary index',
	module: 'module',
	talk: 'talk kit',
	guide: 'guide',
};

/** Ids of the entries whose pages stand for their template. */
export interface TemplateIds {
	term: string;
	module: string;
	talk: string;
	guide: string;
}

/** The built file of each template; the same paths in our site and in the bare ones. */
export function getTemplateFiles(ids: TemplateIds): Record<TemplateName, string> {
	return {
		start: 'index.html',
		term: `glossary/${ids.term}/index.html`,
		glossaryIndex: 'glossary/index.html',
		module: `modules/${ids.module}/index.html`,
		talk: `talks/${ids.talk}/index.html`,
		guide: `guides/${ids.guide}/index.html`,
	};
}

/** Gzip weight of one page, with the eager JS counted once: module scripts plus inline scripts. */
export interface TemplateWeight {
	page: string;
	html: number;
	/** Eager JS: module scripts with their static imports, plus inline scripts. */
	js: number;
	css: number;
}

/** Weighs each template's page in a built site. */
export function measureTemplates(
	dist: string,
	files: Record<TemplateName, string>,
): Record<TemplateName, TemplateWeight> {
	return Object.fromEntries(
		templateNames.map((name) => {
			const weight: PageWeight = measurePage(dist, files[name]);
			return [
				name,
				{ page: files[name], html: weight.html, js: weight.js + weight.inlineJs, css: weight.css },
			];
		}),
	) as Record<TemplateName, TemplateWeight>;
}

/** Every file below a folder, with its size in bytes. */
function listSizes(dir: string): { path: string; bytes: number }[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => {
			const path = join(entry.parentPath, entry.name);
			return { path, bytes: statSync(path).size };
		});
}

/** HTML pages in a built site (what ms per page divides by). */
export function countHtmlPages(dist: string): number {
	return listSizes(dist).filter((file) => file.path.endsWith('.html')).length;
}

/** Size of the Pagefind bundle on disk: index, fragments, metadata, wasm and its scripts. */
export function measurePagefind(dist: string): { bytes: number; files: number } {
	const files = listSizes(join(dist, 'pagefind'));
	return { bytes: files.reduce((sum, file) => sum + file.bytes, 0), files: files.length };
}
