import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	findEagerAssets,
	findStaticImports,
	gzipSize,
	measurePage,
} from '../../../scripts/lib/page-weight.ts';

describe('page weight', () => {
	test('finds module scripts and screen stylesheets, not print ones', () => {
		const html =
			'<link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/print.css" media="print">' +
			'<script type="module" src="/_astro/page.js"></script><script>inline()</script>';
		expect(findEagerAssets(html)).toEqual({
			scripts: ['/_astro/page.js'],
			styles: ['/_astro/a.css'],
		});
	});

	test('finds static imports but not dynamic ones', () => {
		expect(
			findStaticImports(
				'import{a as b}from"./x.js";import "./y.js";const z=()=>import("./lazy.js");',
			),
		).toEqual(['./x.js', './y.js']);
	});

	test('measures a page with its imports counted once', () => {
		const dist = mkdtempSync(join(tmpdir(), 'cg-weight-'));
		mkdirSync(join(dist, '_astro'));
		const shared = 'export const shared = "' + 'x'.repeat(200) + '";';
		writeFileSync(join(dist, '_astro/shared.js'), shared);
		writeFileSync(join(dist, '_astro/a.js'), 'import{shared}from"./shared.js";console.log(shared)');
		writeFileSync(join(dist, '_astro/b.js'), 'import{shared}from"./shared.js";import("./lazy.js")');
		writeFileSync(join(dist, '_astro/s.css'), 'body{color:red}');
		const html =
			'<link rel="stylesheet" href="/_astro/s.css"><script type="module" src="/_astro/a.js"></script><script type="module" src="/_astro/b.js"></script>';
		writeFileSync(join(dist, 'index.html'), html);
		const weight = measurePage(dist, 'index.html');
		const js = [
			'import{shared}from"./shared.js";console.log(shared)',
			'import{shared}from"./shared.js";import("./lazy.js")',
			shared,
		];
		expect(weight).toEqual({
			html: gzipSize(html),
			js: js.reduce((sum, code) => sum + gzipSize(code), 0),
			css: gzipSize('body{color:red}'),
			inlineJs: 0,
		});
	});
});
