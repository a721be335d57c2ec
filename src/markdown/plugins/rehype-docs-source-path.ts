import { join, relative } from 'node:path';
import type { VFile } from 'vfile';

/**
 * Authors' pages live in content/docs and reach Starlight through the src/content/docs link, so
 * Markdown plugins see the real path. starlight-links-validator names a page by the first path in
 * its file's history, read relative to src/content/docs. This puts the path through the link
 * first in that history; `file.path`, the last entry, stays the real path every other plugin uses.
 */
export function rehypeDocsSourcePath(options: { root: string }) {
	const real = join(options.root, 'content', 'docs');
	const linked = join(options.root, 'src', 'content', 'docs');
	return (_tree: unknown, file: VFile) => {
		const first = file.history[0];
		if (first?.startsWith(`${real}/`)) file.history.unshift(join(linked, relative(real, first)));
	};
}
