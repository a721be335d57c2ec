// A small static file server for tests: serves a built folder below a base path on 127.0.0.1,
// as a plain static host would (directory → index.html, unknown path → 404.html).
// `node scripts/serve-static.ts --dir dist-subpath --base /learning/ --port 4328`
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
	options: {
		dir: { type: 'string', default: 'dist' },
		base: { type: 'string', default: '/' },
		port: { type: 'string', default: '4328' },
	},
});
const root = normalize(values.dir);
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.ics': 'text/calendar; charset=utf-8',
	'.wasm': 'application/wasm',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
};

async function resolveFile(pathname: string): Promise<string | undefined> {
	if (!pathname.startsWith(base)) return undefined;
	const file = join(root, decodeURIComponent(pathname.slice(base.length)));
	if (!file.startsWith(root)) return undefined;
	const info = await stat(file).catch(() => undefined);
	if (info?.isFile()) return file;
	if (info?.isDirectory())
		return (await stat(join(file, 'index.html')).catch(() => undefined))?.isFile()
			? join(file, 'index.html')
			: undefined;
	return undefined;
}

createServer((request, response) => {
	void (async () => {
		const { pathname } = new URL(request.url ?? '/', 'http://localhost');
		const file = await resolveFile(pathname);
		const target = file ?? join(root, '404.html');
		response.writeHead(file ? 200 : 404, {
			'Content-Type': types[extname(target)] ?? 'application/octet-stream',
		});
		createReadStream(target).pipe(response);
	})();
}).listen(Number(values.port), '127.0.0.1', () =>
	console.log(`Serving ${root} at http://127.0.0.1:${values.port}${base}`),
);
