import { checkContentGraph } from './content-graph.ts';
import type { ContentSet } from './content-set.ts';
import { checkDiagrams } from './diagrams.ts';
import { checkHealthCheck } from './health-check.ts';
import type { ContentIssue } from './issues.ts';
import { readContent, withLine } from './read-content.ts';
import { checkTemplateText } from './template-text.ts';

export { formatIssues, type ContentIssue } from './issues.ts';

/** Reads `<root>/content`, checks every file and the links between them; the build and the CLI both call this. */
export async function validateContent(
	root: string,
): Promise<{ content: ContentSet; issues: ContentIssue[] }> {
	const { content, issues, texts } = await readContent(root);
	const graphIssues = checkContentGraph(content).map((issue) =>
		withLine(issue, texts.get(issue.file) ?? ''),
	);
	const healthCheck = await checkHealthCheck(root, content);
	const diagramIssues = await checkDiagrams(root, content);
	const templateIssues = checkTemplateText(content, texts).map((issue) =>
		issue.line === undefined ? withLine(issue, texts.get(issue.file) ?? '') : issue,
	);
	return {
		content,
		issues: [...issues, ...graphIssues, ...healthCheck.issues, ...diagramIssues, ...templateIssues],
	};
}
