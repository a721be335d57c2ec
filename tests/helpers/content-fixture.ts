import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The minimal valid content tree every malformed case starts from. */
export const validSiteRoot = fileURLToPath(new URL('../fixtures/valid-site/', import.meta.url));

/** A change to one file of the valid fixture: a new text, or a function of the old one. */
export type FixtureEdit = Record<string, string | ((text: string) => string) | null>;

/** Copies the valid fixture to a temporary folder and applies edits; `null` deletes a file. */
export async function makeFixture(
	edits: FixtureEdit,
): Promise<{ root: string; cleanup: () => Promise<void> }> {
	const root = await mkdtemp(join(tmpdir(), 'cg-content-'));
	await cp(join(validSiteRoot, 'content'), join(root, 'content'), { recursive: true });
	for (const [file, edit] of Object.entries(edits)) {
		const path = join(root, file);
		if (edit === null) {
			await rm(path);
			continue;
		}
		const before = await readFile(path, 'utf8').catch(() => '');
		const after = typeof edit === 'function' ? edit(before) : edit;
		if (after === before) throw new Error(`fixture edit of ${file} changed nothing`);
		await mkdir(dirname(path), { recursive: true });
		await writeFile(path, after);
	}
	return { root, cleanup: () => rm(root, { recursive: true, force: true }) };
}
