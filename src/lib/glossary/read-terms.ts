import { readContent } from '../validation/read-content.ts';
import { type LinkableTerm, toLinkableTerm } from './matcher.ts';

/** Reads the glossary from disk for the Markdown pipeline, which runs before content collections exist. */
export async function readLinkableTerms(root: string): Promise<LinkableTerm[]> {
	const { content } = await readContent(root, ['glossary']);
	return content.glossary.map(({ id, data }) => toLinkableTerm(id, data));
}
