// Page-weight budgets (docs/ARCHITECTURE.md, "Tests and gates"), measured on the built site in
// dist/: sizes, not timings.
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { getWordFileNumbers } from '../src/lib/search/word-records.ts';
import { type BudgetResult, formatBytes, gzipSize, measurePage } from './lib/page-weight.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dist = values.dist;
// The budgets are given in KB; 1 KB is read as 1,000 bytes, the stricter of the two readings.
const KB = 1000;

/** Every page of a section, measured; the budgets hold for the heaviest, found not named. */
const measureSection = (section: string) =>
	readdirSync(`${dist}/${section}`, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => ({
			id: entry.name,
			weight: measurePage(dist, `${section}/${entry.name}/index.html`),
		}));
const heaviest = (
	pages: ReturnType<typeof measureSection>,
	by: (weight: (typeof pages)[number]['weight']) => number,
) => pages.reduce((a, b) => (by(b.weight) > by(a.weight) ? b : a));
const terms = measureSection('glossary');
const heaviestTerm = heaviest(terms, (weight) => weight.html);
const eagerJs = (weight: (typeof terms)[number]['weight']) => weight.js + weight.inlineJs;
const guides = measureSection('guides');
const guide = heaviest(guides, eagerJs);
const styledGuide = heaviest(guides, (weight) => weight.css);
const module = heaviest(measureSection('modules'), eagerJs);
const start = measurePage(dist, 'index.html');

// The glossary search files a first search fetches: the names, one card file, and the word file
// of each word of the query, for the heaviest of the search-quality suite's queries (the way
// people type); npm run bench measures the same in the browser at two sizes.
const gzipped = (file: string) => gzipSize(readFileSync(`${dist}/${file}`));
const cardFiles = readdirSync(`${dist}/search/cards`).map((file) =>
	gzipped(`search/cards/${file}`),
);
const wordFiles = readdirSync(`${dist}/search/words`).map((_, number) =>
	gzipped(`search/words/${number}.txt`),
);
const firstSearch = gzipped('search/glossary-names.txt') + Math.max(...cardFiles);
const suite = yaml.load(
	readFileSync('tests/fixtures/search-quality/queries.yaml', 'utf8'),
) as Record<string, [unknown, unknown][]>;
const [heaviestQuery = '', queryBytes = 0] = Object.values(suite)
	.flat()
	.map(([query]): [string, number] => [
		String(query),
		getWordFileNumbers(String(query), wordFiles.length).reduce(
			(sum, number) => sum + wordFiles[number]!,
			0,
		),
	])
	.reduce((a, b) => (b[1] > a[1] ? b : a), ['', 0]);
const firstDescription = firstSearch + queryBytes;

const results: BudgetResult[] = [
	{
		name: `Glossary term page HTML (heaviest: ${heaviestTerm.id})`,
		bytes: heaviestTerm.weight.html,
		limit: 8 * KB,
	},
	{
		name: `Eager JavaScript on a content page (heaviest guide: ${guide.id})`,
		bytes: eagerJs(guide.weight),
		limit: 15 * KB,
	},
	{
		name: `Eager JavaScript on a module page, quiz and progress (heaviest: ${module.id})`,
		bytes: eagerJs(module.weight),
		limit: 15 * KB,
	},
	{
		name: `CSS on a content page (heaviest guide: ${styledGuide.id})`,
		bytes: styledGuide.weight.css,
		limit: 17 * KB,
	},
	{
		name: 'First visit to the start page (HTML, JS, CSS)',
		bytes: start.html + start.js + start.css,
		limit: 50 * KB,
	},
	{
		name: `First glossary search for a name (names file and one card file, ${terms.length} terms)`,
		bytes: firstSearch,
		limit: 30 * KB,
	},
	{
		name: `First glossary search for a description (names, one card file, word files; heaviest suite query: "${heaviestQuery}")`,
		bytes: firstDescription,
		limit: 30 * KB,
	},
];

let failed = 0;
for (const result of results) {
	const ok = result.bytes <= result.limit;
	if (!ok) failed++;
	console.log(
		`${ok ? '✓' : '✖'} ${result.name}: ${formatBytes(result.bytes)} gzip (budget ${formatBytes(result.limit)})`,
	);
}
const glossaryIndex = measurePage(dist, 'glossary/index.html');
console.log(
	`  The glossary index lists every term: ${formatBytes(glossaryIndex.html)} gzip of HTML (no budget; watch it as the glossary grows).`,
);
if (failed > 0) {
	console.error(
		`\n${failed} budget${failed === 1 ? '' : 's'} exceeded. Find what grew with: git diff on the pages named above.`,
	);
	process.exitCode = 1;
}
