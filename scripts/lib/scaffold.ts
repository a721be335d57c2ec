import { ID_PATTERN } from '../../src/schemas/id.ts';
import { access, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { readContent } from '../../src/lib/validation/read-content.ts';
import { templates, type TemplateName } from '../../src/lib/content/templates.ts';

const collectionOf: Record<
	TemplateName,
	'glossary' | 'modules' | 'talks' | 'paths' | 'guides' | 'wins'
> = {
	term: 'glossary',
	module: 'modules',
	talk: 'talks',
	path: 'paths',
	guide: 'guides',
	win: 'wins',
};

/** Writes a new content file from its template; refuses an id that is taken or not kebab-case. */
export async function scaffold(
	root: string,
	type: TemplateName,
	id: string,
	answers: Record<string, string>,
	now: Date,
): Promise<{ file: string; preview: string } | { error: string }> {
	if (!ID_PATTERN.test(id))
		return {
			error: `"${id}" is not a valid id: use lowercase letters, digits and single hyphens, e.g. password-manager.`,
		};
	const template = templates[type];
	const values = {
		...answers,
		id,
		title: answers.title ?? id,
		today: now.toISOString().slice(0, 10),
	};
	const file = template.path(values);
	// Wins are dated, so the same slug on another day is a different entry; other ids are unique.
	const collection = collectionOf[type];
	const { content } = await readContent(root, [collection]);
	const taken = type === 'win' ? undefined : content[collection].find((entry) => entry.id === id);
	const exists = await access(join(root, file)).then(
		() => true,
		() => false,
	);
	if (taken || exists)
		return {
			error: `The ${type} "${id}" already exists (${taken?.file ?? file}). Choose another id, or edit that file.`,
		};
	await mkdir(dirname(join(root, file)), { recursive: true });
	await writeFile(join(root, file), template.render(values), { flag: 'wx' });
	return { file, preview: template.preview(values) };
}
