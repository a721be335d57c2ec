import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDiagram } from '../diagrams/svg.ts';
import type { ContentSet } from './content-set.ts';
import type { ContentIssue } from './issues.ts';

/** Where diagrams live: one SVG file each, named by the id pages use in `<Diagram name>`. */
export const DIAGRAM_FOLDER = 'content/diagrams';

/** Checks every diagram file against the vocabulary, and every `<Diagram name>` against the files. */
export async function checkDiagrams(root: string, content: ContentSet): Promise<ContentIssue[]> {
	const folder = join(root, DIAGRAM_FOLDER);
	const files = (await readdir(folder).catch(() => [] as string[])).filter((file) =>
		file.endsWith('.svg'),
	);
	const issues: ContentIssue[] = [];
	for (const name of files.sort()) {
		const file = `${DIAGRAM_FOLDER}/${name}`;
		const parsed = parseDiagram(await readFile(join(folder, name), 'utf8'));
		if ('problems' in parsed)
			issues.push(
				...parsed.problems.map((problem) => ({
					file,
					field: '(svg)',
					code: 'diagram-markup' as const,
					problem: problem.problem,
					fix: 'draw with shapes, text and the cg-d-* classes only (see /authoring/#diagrams)',
					line: problem.line,
				})),
			);
	}
	const names = new Set(files.map((file) => file.replace(/\.svg$/, '')));
	for (const entry of Object.values(content).flat())
		for (const name of entry.diagrams ?? [])
			if (!names.has(name))
				issues.push({
					file: entry.file,
					field: '(body)',
					code: 'unknown-diagram',
					problem: `<Diagram name="${name}" /> has no file ${DIAGRAM_FOLDER}/${name}.svg`,
					fix: names.size
						? `use one of: ${[...names].sort().join(', ')}`
						: `add ${DIAGRAM_FOLDER}/${name}.svg`,
				});
	return issues;
}
