// Reads and writes one content entry's file as data: a YAML file, or an MDX/Markdown file's
// frontmatter and body. For scripts that generate or rewrite content (the benchmark's corpus,
// the payload build); the site's own checks read content in src/lib/validation.
import { posix } from 'node:path';
import yaml from 'js-yaml';
import { collections } from '../../src/lib/content/collections.ts';
import type { CollectionName } from '../../src/lib/validation/content-set.ts';

/** An entry as data, and the Markdown body after its frontmatter (none for YAML files). */
export interface EntryFile {
	data: Record<string, unknown>;
	body?: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Splits a YAML entry or a Markdown/MDX file into its data and body. */
export function parseEntryFile(text: string, file: string): EntryFile {
	const load = (source: string) => {
		// The core schema keeps dates as written (`2026-06-17`), as the project's validator reads them.
		const value = yaml.load(source, { schema: yaml.CORE_SCHEMA, filename: file });
		if (value === null || typeof value !== 'object' || Array.isArray(value))
			throw new Error(`${file}: expected a YAML mapping`);
		return value as Record<string, unknown>;
	};
	if (/\.ya?ml$/.test(file)) return { data: load(text) };
	const match = FRONTMATTER.exec(text);
	if (!match) throw new Error(`${file}: no frontmatter`);
	return { data: load(match[1]!), body: text.slice(match[0].length) };
}

/** The file text of an entry: YAML, or frontmatter and body. */
export function serialiseEntryFile({ data, body }: EntryFile): string {
	const text = yaml.dump(data, { schema: yaml.CORE_SCHEMA, lineWidth: -1, noRefs: true });
	return body === undefined ? text : `---\n${text}---\n${body}`;
}

/** Where an entry's file sits below `content/`, e.g. `docs/guides/escalating-well.mdx`. */
export function entryFilePath(collection: CollectionName, id: string): string {
	const spec = collections[collection];
	return posix.join(spec.folder, `${id}${spec.extension}`);
}
