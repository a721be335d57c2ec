/** The address a build uses when `SITE_URL` is not set: right for `npm start`, wrong anywhere else. */
export const PREVIEW_SITE_URL = 'http://localhost:4321';

/** What each kind of published file does with the site's address, for the warning below. */
const KINDS: { test: (file: string) => boolean; name: (count: number) => string; use: string }[] = [
	{
		test: (file) => file.endsWith('.ics'),
		name: (count) => `${count} calendar invite${count === 1 ? '' : 's'} (talks/*.ics)`,
		use: 'the links to the kit and its handout',
	},
	{
		test: (file) => file.endsWith('rss.xml'),
		name: () => 'the RSS feed (wins/rss.xml)',
		use: 'every item link',
	},
	{
		test: (file) => /(^|\/)sitemap[^/]*\.xml$/.test(file),
		name: () => 'the sitemap',
		use: 'every address in it',
	},
	{
		test: (file) => file.endsWith('.html'),
		name: (count) => `${count} page${count === 1 ? '' : 's'}`,
		use: 'the canonical link and share address (the health check writes it into its export, and the kits into their QR codes)',
	},
];

/**
 * The warning for a production build without `SITE_URL`: which published files carry the preview
 * address (`files` relative to the output folder, forward slashes), and how to build for real.
 */
export function describePreviewAddress(files: readonly string[]): string | undefined {
	if (files.length === 0) return undefined;
	const lines = KINDS.flatMap((kind) => {
		const matching = files.filter(kind.test);
		if (matching.length === 0) return [];
		const examples = matching.length > 1 ? `, e.g. ${matching.slice(0, 2).join(', ')}` : '';
		return [`  - ${kind.name(matching.length)}: ${kind.use}${examples}`];
	});
	const other = files.filter((file) => !KINDS.some((kind) => kind.test(file)));
	if (other.length > 0) lines.push(`  - other files: ${other.slice(0, 3).join(', ')}`);
	return [
		`SITE_URL is not set, so ${files.length} published files point at ${PREVIEW_SITE_URL}:`,
		...lines,
		'That is right for a local preview (npm start), and wrong on a server: people who open an invite,',
		'the feed or a shared link would land on their own computer. Build with the public address:',
		'  SITE_URL=https://intranet.example.org npm run build',
	].join('\n');
}
