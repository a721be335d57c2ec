import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { buildPrecacheList, isOfflineFile, SERVICE_WORKER_FILE } from '../lib/offline/precache.ts';

/** Every file below `dir`, as `/`-separated paths relative to it. */
async function listFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/**
 * After a production build, writes `sw.js`: Workbox's precaching (bundled with esbuild) with the
 * list of the kits' pages and assets, under the site's base path.
 */
export function offlineKits(): AstroIntegration {
	let base = '/';
	return {
		name: 'common-ground:offline-kits',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const paths = (await listFiles(out)).filter(isOfflineFile);
				const files = await Promise.all(
					paths.map(async (path) => ({ path, content: await readFile(join(out, path)) })),
				);
				const list = buildPrecacheList(files, base);
				const result = await build({
					entryPoints: [fileURLToPath(new URL('../service-worker/sw.ts', import.meta.url))],
					bundle: true,
					minify: true,
					format: 'iife',
					target: 'es2020',
					write: false,
					legalComments: 'none',
					define: {
						__PRECACHE__: JSON.stringify(list),
						'process.env.NODE_ENV': '"production"',
					},
				});
				await writeFile(join(out, SERVICE_WORKER_FILE), result.outputFiles[0]!.contents);
				const bytes = files.reduce((sum, file) => sum + gzipSync(file.content).length, 0);
				logger.info(
					`${SERVICE_WORKER_FILE} keeps ${list.length} files for offline kits (${Math.round(bytes / 1024)} KB gzip)`,
				);
			},
		},
	};
}
