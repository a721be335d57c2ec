import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** sha256 of every file below a folder, by relative path, sorted. */
export function hashTree(root: string): Map<string, string> {
	const files = readdirSync(root, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
	return new Map(
		files.map((file) => [
			relative(root, file).split(sep).join('/'),
			createHash('sha256').update(readFileSync(file)).digest('hex'),
		]),
	);
}

/** Files that exist in only one tree or differ between them. */
export function diffTrees(a: Map<string, string>, b: Map<string, string>): string[] {
	const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
	return paths.flatMap((path) => {
		if (!a.has(path)) return [`only in the second build: ${path}`];
		if (!b.has(path)) return [`only in the first build: ${path}`];
		return a.get(path) === b.get(path) ? [] : [`differs: ${path}`];
	});
}
