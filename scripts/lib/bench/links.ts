// Links between entries inside content text: the corpus renames them in copies and unlinks them
// where a subset dropped their target (the site's link check fails a build on a dead link).
import type { CollectionName } from './model.ts';

/** Maps an id of a collection to the id a link should point at. */
export type Rename = (collection: CollectionName, id: string) => string;

const linkCollections: Record<string, CollectionName> = {
	glossary: 'glossary',
	modules: 'modules',
	talks: 'talks',
	paths: 'paths',
	guides: 'guides',
};

/** A link target below one of the entry folders, e.g. `/glossary/vpn/` or `../modules/x#quiz`. */
const ENTRY_LINK = /\/(glossary|modules|talks|paths|guides)\/([a-z0-9-]+)(?![a-z0-9-])/;

/** Points links such as `/glossary/vpn/` or `../modules/x#quiz` at the renamed entries. */
export function rewriteLinks(text: string, rename: Rename): string {
	return text.replace(
		new RegExp(ENTRY_LINK, 'g'),
		(_link, folder: string, id: string) => `/${folder}/${rename(linkCollections[folder]!, id)}`,
	);
}

/** Turns Markdown links to entries that `exists` denies into their plain text. */
export function unlinkMissing(
	text: string,
	exists: (collection: CollectionName, id: string) => boolean,
): string {
	return text.replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, (link, label: string, url: string) => {
		const match = ENTRY_LINK.exec(url);
		return match && !exists(linkCollections[match[1]!]!, match[2]!) ? label : link;
	});
}

/** A deep copy of plain YAML data with every string passed through `map`. */
export function mapStrings(value: unknown, map: (text: string) => string): unknown {
	if (typeof value === 'string') return map(value);
	if (Array.isArray(value)) return value.map((item) => mapStrings(item, map));
	if (value && typeof value === 'object')
		return Object.fromEntries(
			Object.entries(value).map(([key, item]) => [key, mapStrings(item, map)]),
		);
	return value;
}
