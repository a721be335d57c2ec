// Checks every file under content/ without building the site: `npm run validate [-- --root DIR]`.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatIssues, validateContent } from '../src/lib/validation/index.ts';

const { values } = parseArgs({ options: { root: { type: 'string', default: '.' } } });
const root = resolve(values.root);
const { content, issues } = await validateContent(root);

if (issues.length > 0) {
	console.error(formatIssues(issues));
	process.exitCode = 1;
} else {
	const counts = Object.entries(content).map(
		([name, entries]: [string, unknown[]]) => `${entries.length} ${name}`,
	);
	console.log(`Content is valid: ${counts.join(', ')}.`);
}
