import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { inlineScriptHashes, scriptHashesIn, withScriptHashes } from '../../../scripts/lib/csp.ts';

const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const policy =
	"default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; style-src 'self'";

describe('inlineScriptHashes', () => {
	test('hashes each distinct inline script once, and skips files and data', () => {
		const dist = mkdtempSync(join(tmpdir(), 'cg-csp-'));
		mkdirSync(join(dist, 'guides'));
		const page = (body: string) =>
			`<html><head><script>theme()</script><script type="module" src="/a.js"></script></head><body>${body}</body></html>`;
		writeFileSync(join(dist, 'index.html'), page('<script type="module">menu()</script>'));
		writeFileSync(
			join(dist, 'guides/index.html'),
			page('<script type="application/ld+json">{"a":1}</script>'),
		);
		expect(inlineScriptHashes(dist)).toEqual([hash('menu()'), hash('theme()')].sort());
	});
});

describe('script-src hashes', () => {
	test('writes exactly the given hashes in place of unsafe-inline, keeping the other directives', () => {
		const written = withScriptHashes(policy, ["'sha256-b'", "'sha256-a'"]);
		expect(written).toBe(
			"default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-b' 'sha256-a'; style-src 'self'",
		);
		expect(scriptHashesIn(written)).toEqual(["'sha256-a'", "'sha256-b'"]);
		expect(scriptHashesIn(policy)).toEqual([]);
	});

	test('refuses a policy without script-src rather than writing nothing', () => {
		expect(() => withScriptHashes("default-src 'self'", [])).toThrow(/no script-src/);
	});
});
