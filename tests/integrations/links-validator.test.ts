import { appendFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildSite, createScratchSite, projectRoot } from '../../scripts/lib/scratch-site.ts';

// starlight-links-validator only sees guides through the content/docs link with
// src/markdown/plugins/rehype-docs-source-path.ts; without it every guide link reads as broken, and
// without the validator a broken link would reach the build. A real build proves both.
test('a guide with a broken link or heading fails the build, naming file and link', async () => {
	const site = createScratchSite('broken-link');
	cpSync(join(projectRoot, 'content'), join(site, 'content'), { recursive: true });
	appendFileSync(
		join(site, 'content/docs/guides/escalating-well.mdx'),
		'\nSee [a missing guide](/guides/no-such-guide/), [a missing heading](/guides/reporting-an-it-problem/#no-such-heading) and [a guide](/guides/reporting-an-it-problem/).\n',
	);
	const build = await buildSite(site);
	expect(build.status).not.toBe(0);
	expect(build.output).toContain('guides/escalating-well.mdx');
	expect(build.output).toMatch(/\/guides\/no-such-guide\/\s+·\s+╰── invalid link/);
	expect(build.output).toMatch(/#no-such-heading\s+·\s+╰── invalid hash/);
	expect(build.output).toContain('Found 2 invalid links in 1 file');
}, 180_000);
