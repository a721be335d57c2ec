// HTML validity of built pages with html-validate: the HTML standard's content model plus its
// accessibility rules. Markup that Starlight or Expressive Code write is set aside rule by rule,
// each with its reason, so every message about this project's own markup fails the check.
import { type ConfigData, HtmlValidate, type Message } from 'html-validate';

export const htmlValidateConfig: ConfigData = {
	extends: ['html-validate:standard', 'html-validate:a11y', 'html-validate:document'],
	rules: {
		// Subresource integrity protects files served from another origin. Every script and
		// stylesheet here is same-origin with a content hash in its name.
		'require-sri': 'off',
		// H32 asks for a submit button because submitting a form changes context. No form here
		// sends anything: filters, the health check and the report builder update as you type.
		'wcag/h32': 'off',
	},
};

/** A kind of message about markup this project does not write. */
export interface UpstreamMarkup {
	owner: 'Starlight' | 'Expressive Code';
	rules: string[];
	reason: string;
	/** Whether a message is this kind, given the start tag it points at. */
	matches(startTag: string, inCodeBlock: boolean): boolean;
}

export const upstreamMarkup: UpstreamMarkup[] = [
	{
		owner: 'Expressive Code',
		rules: ['element-permitted-content', 'text-content', 'no-implicit-button-type'],
		reason:
			'code blocks hold a <div> per line inside <code>, and the copy button holds a <div> and is named by its title (expressive-code/expressive-code#423)',
		matches: (_, inCodeBlock) => inCodeBlock,
	},
	{
		owner: 'Starlight',
		rules: ['no-implicit-button-type'],
		reason: 'the search, search-close and menu buttons have no type attribute',
		matches: (tag) =>
			/data-open-modal|data-close-modal|popovertarget="starlight__sidebar"/.test(tag),
	},
	{
		owner: 'Starlight',
		rules: ['unique-landmark'],
		reason:
			'the right sidebar is an unnamed <aside>, and the mobile and desktop tables of contents (one shown at a time) share the name "On this page"',
		matches: (tag) =>
			/^<aside class="right-sidebar-container|^<nav aria-labelledby="starlight__on-this-page(--mobile)?"/.test(
				tag,
			),
	},
	{
		owner: 'Starlight',
		rules: ['heading-level'],
		reason: 'the "On this page" <h2> comes before the page\'s <h1> in the source',
		matches: (tag) => tag.startsWith('<h2 id="starlight__on-this-page"'),
	},
];

export interface PageReport {
	file: string;
	errors: Message[];
	/** How many messages of each kind of upstream markup the page had. */
	setAside: Map<UpstreamMarkup, number>;
}

/** Source ranges of Expressive Code blocks: `<div class="expressive-code">` to its `</figure></div>`. */
function codeBlockRanges(source: string): [number, number][] {
	const ranges: [number, number][] = [];
	for (const match of source.matchAll(/<div class="expressive-code">/g)) {
		const end = source.indexOf('</figure></div>', match.index);
		ranges.push([match.index, end === -1 ? source.length : end]);
	}
	return ranges;
}

/** The start tag around an offset (messages point at the tag or at one of its attributes). */
function startTagAt(source: string, offset: number): string {
	const start = source.lastIndexOf('<', offset);
	const end = source.indexOf('>', offset);
	return source.slice(start, end + 1);
}

const validator = new HtmlValidate(htmlValidateConfig);

/** Validates one page's HTML, sorting messages into errors and upstream markup. */
export async function validatePage(file: string, source: string): Promise<PageReport> {
	const report = await validator.validateString(source, file);
	const ranges = codeBlockRanges(source);
	const errors: Message[] = [];
	const setAside = new Map<UpstreamMarkup, number>();
	for (const message of report.results.flatMap((result) => result.messages)) {
		const tag = startTagAt(source, message.offset);
		const inCodeBlock = ranges.some(([from, to]) => message.offset > from && message.offset < to);
		const upstream = upstreamMarkup.find(
			(kind) => kind.rules.includes(message.ruleId) && kind.matches(tag, inCodeBlock),
		);
		if (upstream) setAside.set(upstream, (setAside.get(upstream) ?? 0) + 1);
		else errors.push(message);
	}
	return { file, errors, setAside };
}
