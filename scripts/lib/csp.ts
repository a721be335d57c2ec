// The Content-Security-Policy allows inline scripts by hash instead of 'unsafe-inline'. The only
// inline scripts are Starlight's few fixed ones (astro.config.mjs keeps bundled scripts in files),
// so their hashes change only when Starlight does; `npm run check:csp` keeps the policy in step.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The `'sha256-…'` source of every distinct inline script in a built site, sorted. */
export function inlineScriptHashes(dist: string): string[] {
	const hashes = new Set<string>();
	const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((path) =>
		path.endsWith('.html'),
	);
	for (const page of pages) {
		const html = readFileSync(join(dist, page), 'utf8');
		for (const [, attributes, code] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g))
			if (!/\bsrc=/.test(attributes!) && !/type="application\/(ld\+)?json"/.test(attributes!))
				hashes.add(`'sha256-${createHash('sha256').update(code!).digest('base64')}'`);
	}
	return [...hashes].sort();
}

const scriptSrc = /script-src [^;"\n]*/;

/** The hashes a policy's script-src directive lists, sorted. */
export function scriptHashesIn(policyText: string): string[] {
	return [...(scriptSrc.exec(policyText)?.[0].matchAll(/'sha256-[^']+'/g) ?? [])]
		.map((match) => match[0])
		.sort();
}

/** The text with its script-src directive listing exactly these hashes. */
export function withScriptHashes(policyText: string, hashes: string[]): string {
	if (!scriptSrc.test(policyText)) throw new Error('no script-src directive found');
	return policyText.replace(scriptSrc, `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`);
}
