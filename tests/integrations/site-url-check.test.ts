import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { siteUrlCheck } from '../../src/integrations/site-url-check.ts';

let dir: string;
beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'cg-site-url-'));
	await mkdir(join(dir, 'talks'));
	await writeFile(join(dir, 'index.html'), '<link rel="canonical" href="http://localhost:4321/">');
	await writeFile(join(dir, 'talks/vpn.ics'), 'URL:http://localhost:4321/talks/vpn/');
	await writeFile(join(dir, 'talks/logo.svg'), '<svg></svg>');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Runs the hook over the folder and returns what it warned. */
async function warnings(siteUrl: string | undefined) {
	const warned: string[] = [];
	const hook = siteUrlCheck(siteUrl).hooks['astro:build:done'] as unknown as (
		options: object,
	) => Promise<void>;
	await hook({
		dir: pathToFileURL(`${dir}/`),
		logger: { warn: (text: string) => warned.push(text) },
	});
	return warned;
}

test('a build without SITE_URL warns, naming the files with the preview address', async () => {
	const [warning] = await warnings(undefined);
	expect(warning).toContain('2 published files point at http://localhost:4321');
	expect(warning).toContain('1 calendar invite (talks/*.ics)');
	expect(warning).toContain('1 page: the canonical link');
});

test('a build with SITE_URL says nothing', async () => {
	expect(await warnings('https://intranet.example.org')).toEqual([]);
});
