import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { describePreviewAddress, PREVIEW_SITE_URL } from '../lib/site/site-url.ts';

/** Files that can carry an absolute address of the site. */
const TEXT_FILE = /\.(html|xml|ics|json|txt|webmanifest)$/;

/**
 * Warns at the end of a build without `SITE_URL`, naming the files that point at the preview
 * address. A warning, not a failure: `npm start` and the tests build without it on purpose.
 */
export function siteUrlCheck(siteUrl: string | undefined): AstroIntegration {
	return {
		name: 'common-ground:site-url-check',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				if (siteUrl) return;
				const root = fileURLToPath(dir);
				const files: string[] = [];
				for (const file of (await readdir(root, { recursive: true })).sort())
					if (
						TEXT_FILE.test(file) &&
						(await readFile(join(root, file), 'utf8')).includes(PREVIEW_SITE_URL)
					)
						files.push(file.split('\\').join('/'));
				const warning = describePreviewAddress(files);
				if (warning) logger.warn(warning);
			},
		},
	};
}
