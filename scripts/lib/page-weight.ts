import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes of a text after gzip at the level static hosts commonly use. */
export function gzipSize(content: string | Buffer): number {
	return gzipSync(content, { level: 9 }).length;
}

/** Local asset paths a page loads eagerly: module scripts and their static imports, stylesheets. */
export function findEagerAssets(html: string): { scripts: string[]; styles: string[] } {
	const scripts = [...html.matchAll(/<script[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map(
		(m) => m[1]!,
	);
	const styles = [...html.matchAll(/<link\b[^>]*>/g)]
		.map((m) => m[0])
		.filter((tag) => /\brel="stylesheet"/.test(tag) && !/\bmedia="print"/.test(tag))
		.map((tag) => /\bhref="([^"]+)"/.exec(tag)?.[1])
		.filter((href): href is string => Boolean(href));
	return { scripts, styles };
}

/** Static `import` targets of a built JS module (not dynamic `import()`), relative to it. */
export function findStaticImports(code: string): string[] {
	return [...code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)].map(
		(m) => m[1]!,
	);
}

/** Weight of one built page: HTML, eager JS (with static imports) and CSS, all gzip. */
export interface PageWeight {
	html: number;
	js: number;
	css: number;
	inlineJs: number;
}

/** Measures a built page in `dist`, following module imports once each. */
export function measurePage(dist: string, pagePath: string, base = '/'): PageWeight {
	const html = readFileSync(join(dist, pagePath), 'utf8');
	const { scripts, styles } = findEagerAssets(html);
	const local = (url: string) =>
		join(dist, url.replace(new RegExp(`^${base.replace(/\/$/, '')}/`), '/'));
	const seen = new Set<string>();
	let js = 0;
	const visit = (file: string) => {
		if (seen.has(file)) return;
		seen.add(file);
		const code = readFileSync(file, 'utf8');
		js += gzipSize(code);
		for (const target of findStaticImports(code))
			if (target.startsWith('.')) visit(join(file, '..', target));
	};
	for (const script of scripts) visit(local(script));
	const css = styles.reduce((sum, style) => sum + gzipSize(readFileSync(local(style))), 0);
	const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
		.map((m) => m[1]!)
		.join('\n');
	return { html: gzipSize(html), js, css, inlineJs: inline ? gzipSize(inline) : 0 };
}

/** One budget: a name, the measured bytes and the limit. */
export interface BudgetResult {
	name: string;
	bytes: number;
	limit: number;
}

/** Sizes as exact bytes (`7,517 B`), so a figure near a budget needs no rounding to read. */
export const formatBytes = (bytes: number) => `${bytes.toLocaleString('en')} B`;
