// A bare Starlight site with the same pages as the corpus: each entry becomes a plain page in
// Starlight's docs collection, with our components swapped for Starlight's own (Aside, Card,
// Steps) or plain Markdown, and frontmatter cut down to title and description. It is the
// yardstick for "what does our site cost on top of Starlight".
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { getGuideSlug } from '../../../src/lib/content/collections.ts';
import { sidebar } from '../../../src/lib/site/navigation.ts';
import { siteConfig } from '../../../src/site.config.ts';
import { type Corpus, type CorpusEntry, type RawStep, entriesOf } from './model.ts';

/** A page of the bare site: its file below `src/content/docs`, and the text. */
export interface BarePage {
	file: string;
	text: string;
}

/** Which Markdown processor a bare site uses. */
export type BareProcessor = 'unified' | 'default';

/** The bare site's pages: one for every page our site builds from the same corpus. */
export function createBarePages(corpus: Corpus): BarePage[] {
	const terms = entriesOf(corpus.entries, 'glossary');
	const termNames = new Map(terms.map((term) => [term.id, String(term.data.term)]));
	const pages: BarePage[] = [...fixedPages(corpus)];
	for (const term of terms) pages.push(termPage(term, termNames));
	for (const module of entriesOf(corpus.entries, 'modules')) pages.push(modulePage(module));
	for (const talk of entriesOf(corpus.entries, 'talks')) pages.push(...talkPages(talk, termNames));
	for (const path of entriesOf(corpus.entries, 'paths')) pages.push(pathPage(path));
	for (const guide of entriesOf(corpus.entries, 'guides'))
		pages.push(mdxPage(`guides/${guide.id}.mdx`, guide, convertBody(guide.body ?? '')));
	return pages;
}

/** Writes a bare Starlight site (config, content config, pages) into an empty folder. */
export function writeBareSite(dir: string, pages: readonly BarePage[], processor: BareProcessor) {
	const write = (file: string, text: string) => {
		mkdirSync(dirname(join(dir, file)), { recursive: true });
		writeFileSync(join(dir, file), text);
	};
	write('package.json', `${JSON.stringify(barePackage, null, '\t')}\n`);
	write('astro.config.mjs', createBareConfig(processor));
	write('src/content.config.ts', bareContentConfig);
	for (const page of pages) write(join('src/content/docs', page.file), page.text);
}

/** The bare site's astro.config.mjs: Starlight with our title and an equivalent sidebar, Pagefind on (its default). */
export function createBareConfig(processor: BareProcessor): string {
	const markdown =
		processor === 'unified'
			? `\tmarkdown: { processor: unified({ gfm: true }) },\n`
			: '\t// No processor: Astro 7 renders Markdown with its default engine.\n';
	return `// @ts-check
${processor === 'unified' ? "import { unified } from '@astrojs/markdown-remark';\n" : ''}import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
	// As ours: a site URL, so both build a sitemap.
	site: 'http://localhost:4321',
	cacheDir: './.astro',
${markdown}	integrations: [
		starlight({
			title: ${JSON.stringify(siteConfig.title)},
			lastUpdated: false,
			// Starlight's own 404 route fails to render in a scratch folder without its own
			// node_modules, so a splash content page stands in, like our src/pages/404.astro.
			disable404Route: true,
			// The same sidebar as ours, so both sites carry the same navigation.
			sidebar: ${JSON.stringify(sidebar)},
		}),
	],
	vite: {
		build: {
			rolldownOptions: {
				onLog(level, log, handler) {
					if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
					handler(level, log);
				},
			},
		},
	},
});
`;
}

/**
 * Astro and Vite decide what to bundle from the dependencies a site declares: without these,
 * Starlight's routes are left to Node, which cannot load Astro's virtual modules.
 */
const barePackage = {
	name: 'bench-bare-starlight',
	private: true,
	type: 'module',
	dependencies: {
		'@astrojs/markdown-remark': '*',
		'@astrojs/starlight': '*',
		astro: '*',
	},
};

const bareContentConfig = `import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

const STARLIGHT_IMPORT = "import { Aside, Card, Steps } from '@astrojs/starlight/components';";

/** Our MDX body with our components replaced by Starlight's or by plain Markdown. */
export function convertBody(body: string): string {
	const helpdesk = siteConfig.helpdesk;
	const converted = body
		.replace(/^import .* from '~\/.*';\r?\n/gm, '')
		.replace(
			/<HelpdeskContacts\b[^>]*\/>/g,
			`<Card title="Contact the helpdesk" icon="information">\n\nEmail ${helpdesk.email}, phone ${helpdesk.phone}, or the [portal](${helpdesk.portalUrl}). ${helpdesk.hours}.\n\n</Card>`,
		)
		.replace(/<NoGlossary>([\s\S]*?)<\/NoGlossary>/g, '$1')
		// A diagram becomes its caption: bare Starlight has no inline-SVG component to compare with.
		.replace(/<Diagram\s+name="[^"]*"\s+caption="([^"]*)"\s*\/>/g, '_$1_')
		.replace(/<DiagramClasses\s*\/>/g, '')
		.replace(
			/<IssueReference\s*\/>/g,
			'<Aside>Every content check names the file, the field, the problem and the fix.</Aside>',
		);
	return `${STARLIGHT_IMPORT}\n\n${converted.trimStart()}`;
}

/** Text from YAML put into MDX: braces and angle brackets would be read as code or tags. */
export function escapeMdx(text: string): string {
	return text.replace(/[{}<>]/g, (char) => `&#${char.charCodeAt(0)};`);
}

function frontmatter(title: string, description?: string): string {
	const lines = [`title: ${JSON.stringify(title)}`];
	if (description) lines.push(`description: ${JSON.stringify(description)}`);
	return `---\n${lines.join('\n')}\n---\n\n`;
}

function mdxPage(file: string, entry: CorpusEntry, body: string): BarePage {
	return {
		file,
		text: frontmatter(String(entry.data.title), entry.data.description as string) + body,
	};
}

const list = (items: readonly string[]) => items.map((item) => `- ${item}`).join('\n');
const strings = (value: unknown) => (Array.isArray(value) ? (value as string[]) : []);

function termPage(term: CorpusEntry, names: Map<string, string>): BarePage {
	const data = term.data;
	const sections = [
		String(data.short),
		`## What it means\n\n${String(data.explanation)}`,
		`## Example\n\n${String(data.example)}`,
		`## Why it matters\n\n${String(data.whyItMatters)}`,
		typeof data.askLikeThis === 'string' ? `## Ask like this\n\n${data.askLikeThis}` : '',
		strings(data.aka).length > 0 ? `## Also called\n\n${list(strings(data.aka))}` : '',
		strings(data.related).length > 0
			? `## Related terms\n\n${list(strings(data.related).map((id) => `[${names.get(id) ?? id}](/glossary/${id}/)`))}`
			: '',
	];
	return {
		file: `glossary/${term.id}.md`,
		text: frontmatter(String(data.term), String(data.short)) + joinSections(sections),
	};
}

interface RawQuestion {
	question: string;
	choices: { text: string; correct: boolean; why: string }[];
}

function modulePage(module: CorpusEntry): BarePage {
	const data = module.data;
	const quiz = (data.quiz as RawQuestion[]).map(
		(question, index) =>
			`### Question ${index + 1}\n\n${escapeMdx(question.question)}\n\n${list(
				question.choices.map(
					(choice) =>
						`${escapeMdx(choice.text)}${choice.correct ? ' (correct)' : ''}: ${escapeMdx(choice.why)}`,
				),
			)}`,
	);
	const body = convertBody(module.body ?? '');
	const [imports = '', ...rest] = body.split('\n\n');
	const sections = [
		imports,
		`<Aside title="What you will learn">\n\n${list(strings(data.objectives).map(escapeMdx))}\n\n</Aside>`,
		rest.join('\n\n'),
		`## Check your understanding\n\n${quiz.join('\n\n')}`,
	];
	return mdxPage(`modules/${module.id}.mdx`, module, joinSections(sections));
}

interface RawSegment {
	title: string;
	minutes: number;
	notes: string;
	slides: { title: string; points?: string[]; say?: string }[];
}

function talkPages(talk: CorpusEntry, names: Map<string, string>): BarePage[] {
	const data = talk.data;
	const agenda = data.agenda as RawSegment[];
	const body = convertBody(talk.body ?? '');
	const [imports = '', ...rest] = body.split('\n\n');
	const steps = agenda
		.map((segment, index) =>
			[
				`${index + 1}. **${escapeMdx(segment.title)}** (${segment.minutes} min)`,
				`   ${escapeMdx(segment.notes).replace(/\n/g, '\n   ')}`,
			].join('\n\n'),
		)
		.join('\n\n');
	const prep = (data.prep as { task: string; daysBefore: number }[] | undefined) ?? [];
	const materials = (data.materials ?? {}) as { inRoom?: string[]; remote?: string[] };
	const issues = (data.commonIssues as { problem: string; fix: string }[] | undefined) ?? [];
	const kit = [
		imports,
		`## Agenda\n\n<Steps>\n\n${steps}\n\n</Steps>`,
		`## Preparation\n\n${list(prep.map((item) => `${escapeMdx(item.task)} (${item.daysBefore} days before)`))}`,
		`## Materials\n\n### In the room\n\n${list((materials.inRoom ?? []).map(escapeMdx))}\n\n### Remote\n\n${list((materials.remote ?? []).map(escapeMdx))}`,
		rest.join('\n\n'),
		issues.length > 0
			? `## Common issues and fixes\n\n${issues.map((issue) => `### ${escapeMdx(issue.problem)}\n\n${escapeMdx(issue.fix)}`).join('\n\n')}`
			: '',
		`## After the session\n\n${escapeMdx(String(data.followUp))}`,
	];
	const slides = agenda.flatMap((segment) =>
		segment.slides.map((slide) =>
			joinSections([
				`## ${slide.title}`,
				list(slide.points ?? []),
				slide.say ? `> ${slide.say}` : '',
			]),
		),
	);
	const terms = strings(data.terms).map((id) => `[${names.get(id) ?? id}](/glossary/${id}/)`);
	const handout = [
		String(data.description),
		`## What you take away\n\n${list(strings(data.outcomes))}`,
		strings(data.discussion).length > 0
			? `## Questions to discuss\n\n${list(strings(data.discussion))}`
			: '',
		terms.length > 0 ? `## Terms of the day\n\n${list(terms)}` : '',
		issues.length > 0
			? `## Common issues\n\n${issues.map((issue) => `**${issue.problem}** ${issue.fix}`).join('\n\n')}`
			: '',
	];
	const title = String(data.title);
	return [
		mdxPage(`talks/${talk.id}.mdx`, talk, joinSections(kit)),
		{ file: `talks/${talk.id}/present.md`, text: frontmatter(title) + slides.join('\n\n') },
		{
			file: `talks/${talk.id}/handout.md`,
			text: frontmatter(`${title}: handout`) + joinSections(handout),
		},
	];
}

const stepLink: Record<string, (ref: string) => string> = {
	module: (ref) => `/modules/${ref}/`,
	talk: (ref) => `/talks/${ref}/`,
	guide: (ref) => `/guides/${getGuideSlug(ref)}/`,
	term: (ref) => `/glossary/${ref}/`,
};

function pathPage(path: CorpusEntry): BarePage {
	const weeks = path.data.weeks as { week: number; focus: string; steps: RawStep[] }[];
	const describe = (step: RawStep) =>
		step.kind === 'task' || !step.ref
			? `${step.task ?? ''} (${step.owner})`
			: `[${step.ref}](${stepLink[step.kind]!(step.ref)}) (${step.owner})`;
	const sections = [
		`For: ${String(path.data.audience)}`,
		...weeks.map(
			(week) => `## Week ${week.week}: ${week.focus}\n\n${list(week.steps.map(describe))}`,
		),
	];
	return {
		file: `paths/${path.id}.md`,
		text:
			frontmatter(String(path.data.title), path.data.description as string) +
			joinSections(sections),
	};
}

/** Start page, indexes, tools, progress, wins and authoring: the pages our site builds whatever the content. */
function fixedPages(corpus: Corpus): BarePage[] {
	const entries = corpus.entries;
	const catalogue = (collection: 'modules' | 'talks' | 'paths' | 'guides') =>
		list(
			entriesOf(entries, collection).map(
				(entry) =>
					`[${String(entry.data.title)}](/${collection}/${entry.id}/): ${String(entry.data.description)}`,
			),
		);
	const glossary = list(
		entriesOf(entries, 'glossary').map(
			(term) => `[${String(term.data.term)}](/glossary/${term.id}/): ${String(term.data.short)}`,
		),
	);
	const wins = entriesOf(entries, 'wins')
		.reverse()
		.map(
			(win) =>
				`## ${String(win.data.title)}\n\n${String(win.data.date)} · ${strings(win.data.teams).join(', ')}\n\n**${String(win.data.impact)}**\n\n${win.body ?? ''}`,
		);
	const authoring = corpus.verbatim.find((file) => file.path === 'docs/authoring.mdx');
	const authoringPage = authoring
		? bareAuthoringPage(authoring.text)
		: frontmatter('Writing for this site') + 'How to write content.';
	const org = siteConfig.organisation;
	return [
		{
			file: 'index.mdx',
			text:
				frontmatter(
					`Welcome to ${siteConfig.title}`,
					`Where IT and business teams at ${org} learn each other's language and work better together.`,
				) +
				`${STARLIGHT_IMPORT}\n\n${siteConfig.title} helps IT teams and business teams at ${org} understand each other. Pick where you stand today and start there.\n\n<Card title="Look up a word">Search the [glossary](/glossary/).</Card>\n\n- [Guides](/guides/)\n- [Modules](/modules/)\n- [Tech Talks](/talks/)\n- [Paths](/paths/)\n`,
		},
		{ file: 'glossary/index.md', text: frontmatter('Glossary') + glossary },
		{ file: 'modules/index.md', text: frontmatter('Modules') + catalogue('modules') },
		{ file: 'talks/index.md', text: frontmatter('Tech Talks') + catalogue('talks') },
		{ file: 'paths/index.md', text: frontmatter('Paths') + catalogue('paths') },
		{ file: 'guides/index.md', text: frontmatter('Guides') + catalogue('guides') },
		{ file: 'wins/index.md', text: frontmatter('Shared wins') + wins.join('\n\n') },
		{
			file: 'progress.md',
			text: frontmatter('Your progress') + 'Modules, paths and talks you have completed.',
		},
		{
			file: 'tools/report-a-problem.md',
			text: frontmatter('Report a problem') + 'Describe the problem so IT can act on it.',
		},
		{
			file: 'tools/health-check.md',
			text: frontmatter('Relationship health check') + 'How IT and the business see their work.',
		},
		{ file: 'authoring.mdx', text: authoringPage },
		{ file: '404.md', text: notFoundPage },
	];
}

/** The same page as our src/pages/404.astro: a splash page, not indexed, with two ways back. */
const notFoundPage = `---
title: Page not found
description: The page you asked for is not here.
template: splash
pagefind: false
hero:
  title: Page not found
  tagline: The page may have moved, or the link may have a typo. Try the search, the glossary or the start page.
  actions:
    - text: Go to the start page
      link: /
      icon: right-arrow
    - text: Browse the glossary
      link: /glossary/
      variant: minimal
---
`;

function bareAuthoringPage(text: string): string {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
	const title = /^title:\s*(.+)$/m.exec(match?.[1] ?? '')?.[1]?.replace(/^["']|["']$/g, '');
	return (
		frontmatter(title ?? 'Writing for this site') + convertBody(text.slice(match?.[0].length ?? 0))
	);
}

function joinSections(sections: readonly string[]): string {
	return `${sections.filter((section) => section.trim() !== '').join('\n\n')}\n`;
}
