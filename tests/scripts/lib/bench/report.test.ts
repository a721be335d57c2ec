import { describe, expect, test } from 'vitest';
import type { TemplateName, TemplateWeight } from '../../../../scripts/lib/bench/measure.ts';
import { templateNames } from '../../../../scripts/lib/bench/measure.ts';
import {
	type BenchResults,
	type SiteName,
	type SiteResult,
	budgetLines,
	computeRatios,
	formatBytes,
	formatMarkdown,
	formatMs,
	formatRatio,
	markdownTable,
	replaceBetweenMarkers,
} from '../../../../scripts/lib/bench/report.ts';

const weights = (html: number): Record<TemplateName, TemplateWeight> =>
	Object.fromEntries(
		templateNames.map((name) => [name, { page: `${name}.html`, html, js: 1000, css: 2000 }]),
	) as Record<TemplateName, TemplateWeight>;

const site = (name: SiteName, msPerPage: number, html = 5000): SiteResult => ({
	site: name,
	size: 'M',
	htmlPages: 1000,
	runs: [{ milliseconds: msPerPage * 1000, peakRssBytes: 1e9 }],
	buildMs: msPerPage * 1000,
	msPerPage,
	peakRssBytes: name === 'ours' ? 1.5e9 : 1e9,
	templates: weights(html),
	pagefind: { bytes: 1_000_000, files: 100 },
});

describe('computeRatios', () => {
	test('divides ours by each bare site and checks the build budget against bare unified only', () => {
		const ratios = computeRatios([
			site('ours', 21, 6000),
			site('bare-unified', 20),
			site('bare-default', 14),
		]);
		expect(ratios.map((r) => [r.against, r.msPerPage.toFixed(3), r.buildBudgetPass])).toEqual([
			['bare-unified', '1.050', true],
			['bare-default', '1.500', undefined],
		]);
		expect(ratios[0]!.peakRss).toBe(1.5);
		expect(ratios[0]!.bytes.term).toEqual({ html: 1.2, js: 1, css: 1 });
	});

	test('fails the budget above 1.10×', () => {
		const [ratio] = computeRatios([site('ours', 23), site('bare-unified', 20)]);
		expect(ratio!.buildBudgetPass).toBe(false);
		expect(budgetLines([site('ours', 23), site('bare-unified', 20)])).toEqual([
			'FAIL build time per page, M: 1.15× bare Starlight (unified), budget 1.10×',
		]);
	});
});

test('formatters', () => {
	expect(formatRatio(1.0949)).toBe('1.09×');
	expect(formatRatio(Number.NaN)).toBe('n/a');
	expect(formatRatio(Infinity)).toBe('n/a');
	expect(formatBytes(6656)).toBe('6.5 KB');
	expect(formatBytes(900 * 2 ** 20)).toBe('900 MB');
	expect(formatMs(2.345)).toBe('2.3');
	expect(formatMs(312.6)).toBe('313');
	expect(formatMs(Number.NaN)).toBe('–');
});

test('markdownTable aligns figures right', () => {
	expect(markdownTable(['site', 'ms'], [['ours', '21']])).toMatchInlineSnapshot(`
		"| site | ms |
		| --- | ---: |
		| ours | 21 |"
	`);
});

test('formatMarkdown reports every site and the ratios', () => {
	const bench: BenchResults = {
		date: '2026-11-24 08:00 UTC',
		machine: { cpus: 2, cpuModel: 'CPU', memoryBytes: 2 ** 30, node: '24.0.0' },
		runs: 3,
		corpora: { M: { pages: 1000, entries: { glossary: 900 } } },
		results: [site('ours', 21), site('bare-unified', 20), site('bare-default', 14)],
	};
	const markdown = formatMarkdown(bench);
	expect(markdown).toContain('| M · Common Ground | 1000 | 21.0 s | 21.0 | 1431 MB |');
	expect(markdown).toContain('| M · bare Starlight, unified | 1.05× ✓ | 1.50× |');
	expect(markdown).toContain('- PASS build time per page, M: 1.05× bare Starlight (unified)');
	expect(markdown).not.toContain('Search in Chromium');
});

describe('replaceBetweenMarkers', () => {
	test('replaces only the figures', () => {
		const doc = 'intro\n<!-- bench:start -->\nold\n<!-- bench:end -->\noutro\n';
		expect(replaceBetweenMarkers(doc, 'new')).toBe(
			'intro\n<!-- bench:start -->\n\nnew\n\n<!-- bench:end -->\noutro\n',
		);
	});

	test('refuses a document without markers', () => {
		expect(() => replaceBetweenMarkers('no markers', 'new')).toThrow('needs the markers');
	});
});
