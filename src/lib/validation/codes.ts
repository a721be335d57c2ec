/** How the authoring guide explains one content check. */
export interface IssueExplanation {
	title: string;
	meaning: string;
	fix: string;
}

/** Every content check, as the authoring guide explains it: what it means and how to fix it. */
export const issueCodes = {
	'missing-field': {
		title: 'Required field is missing',
		meaning: 'The entry lacks a field every entry of its kind must have.',
		fix: 'Add the field named in the message. Copy its shape from a similar entry, or start from `npm run new`.',
	},
	'unknown-field': {
		title: 'Unknown field',
		meaning:
			'A field name is not part of the content model, often because of a typo (`phrase` for `phrases`).',
		fix: 'Correct the spelling, or remove the field. The fields are listed in the schema for that kind of content.',
	},
	'wrong-type': {
		title: 'Wrong kind of value',
		meaning: 'A value is text where a number or list is expected, or the other way round.',
		fix: 'Write the value as the message says: a number without quotes, a list in `[ ]` or with `-` lines.',
	},
	'not-allowed': {
		title: 'Value not allowed',
		meaning: 'The field only accepts a fixed set of values, such as `it` or `business` for `lens`.',
		fix: 'Use one of the values the message lists.',
	},
	'out-of-range': {
		title: 'Too short, too long, too few or too many',
		meaning:
			'A text or list is outside its limits, for example a `short` definition over 200 characters or fewer than 5 quiz questions.',
		fix: 'Shorten or extend it to the limit in the message.',
	},
	'invalid-value': {
		title: 'Value does not fit the rule',
		meaning:
			'A value breaks a rule of its field, such as a date that does not exist, an explanation outside 60–250 words, or a quiz question without a correct choice.',
		fix: 'Correct the value as the message describes.',
	},
	'yaml-syntax': {
		title: 'The YAML does not parse',
		meaning:
			'The file (or a frontmatter block) is not valid YAML, usually because of indentation or an unquoted colon.',
		fix: 'Check the line in the message. Quote any text that contains `: ` or starts with a special character.',
	},
	'missing-file': {
		title: 'Missing file',
		meaning: 'A file the site is built from is not there, such as `content/health-check.yaml`.',
		fix: 'Restore the file from version control, or copy it from a fresh checkout.',
	},
	'no-frontmatter': {
		title: 'No frontmatter block',
		meaning: 'An MDX or Markdown file must start with its fields between two `---` lines.',
		fix: 'Start the file with `---`, the fields, and another `---`.',
	},
	'not-a-mapping': {
		title: 'Not a set of fields',
		meaning: 'The YAML parsed, but it is a list or a single value instead of `field: value` lines.',
		fix: 'Copy the shape of an existing entry of the same kind.',
	},
	'body-syntax': {
		title: 'The MDX body does not parse',
		meaning:
			'MDX treats `<` and `{` as the start of code, so a stray one, an unclosed tag or an HTML comment breaks the page.',
		fix: 'Write a literal `{` or `<` as `\\{` or `&lt;`, close every tag, and use `{/* */}` for comments.',
	},
	'wrong-extension': {
		title: 'Wrong file extension',
		meaning:
			'A file in a content folder has an extension the build does not read, so it would be silently skipped.',
		fix: 'Rename it to the extension the message gives, or move it out of `content/`.',
	},
	'invalid-id': {
		title: 'File name is not a valid id',
		meaning:
			'The file name becomes the id used in links and references, so it must be lowercase with single hyphens.',
		fix: 'Rename the file, e.g. `Password Manager.yaml` to `password-manager.yaml`.',
	},
	'duplicate-id': {
		title: 'Two files with the same id',
		meaning:
			'Two files in one collection (perhaps in different subfolders) have the same name, so one would hide the other.',
		fix: 'Rename one of the two files.',
	},
	'win-date': {
		title: 'Win file name and date differ',
		meaning: 'A shared win’s file name must start with its date, so the log stays in order.',
		fix: 'Rename the file to `<date>-<slug>.md`, or correct the date.',
	},
	'diagram-markup': {
		title: 'Diagram the site cannot show safely',
		meaning:
			'A diagram in `content/diagrams/` uses an element, attribute or class outside the diagram vocabulary, lacks its `<title>` and `<desc>`, or has a viewBox too wide to read on a phone.',
		fix: 'Draw with shapes, text and the `cg-d-*` classes only, start the SVG with a `<title>` and a `<desc>`, and keep the viewBox 320 to 640 wide (see Diagrams on this page).',
	},
	'unknown-diagram': {
		title: 'Diagram that does not exist',
		meaning:
			'A page shows `<Diagram name="…" />` but there is no such file in `content/diagrams/`.',
		fix: 'Use the name of an SVG file in `content/diagrams/` (without `.svg`), or add the file.',
	},
	'template-text': {
		title: 'Template prompt left in',
		meaning:
			'`npm run new` fills a new file with prompts ("One plain sentence that says what … is"). One is still there, so the page would publish the prompt.',
		fix: 'Replace the sentence named in the message with your own words. `npm run validate` lists every prompt left.',
	},
	'unknown-id': {
		title: 'Reference to something that does not exist',
		meaning:
			'A related term, prerequisite, required or defined term, kit term or path step points at an id that has no file.',
		fix: 'Use the suggested id, or create the missing entry with `npm run new`.',
	},
	'self-related': {
		title: 'Term related to itself',
		meaning: 'A glossary term lists its own id under `related`.',
		fix: 'Remove it from `related`.',
	},
	'duplicate-alias': {
		title: 'Alias used twice',
		meaning: 'An alias must lead to exactly one term, because search and auto-linking use it.',
		fix: 'Keep the alias on the term readers mean, and remove it from the other.',
	},
	'prerequisite-cycle': {
		title: 'Prerequisites form a loop',
		meaning: 'Module A needs B, and B (perhaps through others) needs A, so nobody can start.',
		fix: 'Remove one of the prerequisites in the loop.',
	},
	'defines-not-linked': {
		title: 'Defined term not linked',
		meaning: 'A module lists a term in `defines` but never links it where it teaches it.',
		fix: 'Link the term in the body as `[text](/glossary/<id>/)`, or remove it from `defines`.',
	},
	'no-try-this': {
		title: 'Module without an exercise',
		meaning: 'Every module needs at least one practical exercise.',
		fix: 'Add an aside: a line `:::tip[Try this]`, the exercise, and a line `:::`.',
	},
	'agenda-total': {
		title: 'Agenda does not add up',
		meaning:
			'The minutes of a kit’s agenda segments must add up to its `minutes`, or the timers and invite are wrong.',
		fix: 'Change the segments or the total so they match.',
	},
	'variant-total': {
		title: 'Variant does not add up',
		meaning:
			'The minutes of a variant’s segments must add up to the variant’s `minutes`, or its timers are wrong.',
		fix: 'Change the variant’s segments or its total so they match.',
	},
	'unknown-segment': {
		title: 'Variant names a segment the agenda lacks',
		meaning:
			'Each segment of a variant reuses a segment of the main agenda, named by its exact `title`, and shows its slides.',
		fix: 'Copy the title from the kit’s `agenda`, or add that segment to the agenda.',
	},
	'duplicate-variant': {
		title: 'Two variants with one id',
		meaning: 'Each variant of a kit has its own presenter page, so their ids must differ.',
		fix: 'Rename one of them, such as `coffee` or `remote`.',
	},
	'lunch-too-long': {
		title: 'Lunch session too long',
		meaning: 'A `lunch` slot must fit in 60 minutes.',
		fix: 'Shorten the agenda, or use `slot: meeting`.',
	},
	'too-few-issues': {
		title: 'Talk with too few common issues',
		meaning:
			'A tech-talk or business-talk kit needs at least 3 common issues (or misunderstandings) with fixes for its handout.',
		fix: 'Add the problems people meet on this topic, each with its fix or what to do instead.',
	},
	'no-summary': {
		title: 'Module without a summary',
		meaning:
			'Every module ends with a `## Summary` unit that lists its key points, so a learner can check what to remember before the knowledge check.',
		fix: 'Add `## Summary` as the last unit, with four to six one-sentence points in the order the module teaches them.',
	},
	'direction-mismatch': {
		title: 'Kind and direction disagree',
		meaning:
			'A tech-talk is IT teaching business staff (`direction: it-to-business`); a business-talk is a business team teaching IT (`direction: business-to-it`).',
		fix: 'Set `direction` to match the kind, or change the kind.',
	},
	'week-order': {
		title: 'Weeks out of order',
		meaning: 'A path’s weeks must be numbered 1, 2, 3 … in order.',
		fix: 'Renumber the weeks.',
	},
	'repeated-step': {
		title: 'Path step repeated',
		meaning:
			'Progress is tracked per step, so two identical steps in one path would tick together.',
		fix: 'Remove the repeat, or reword the task.',
	},
	'quiz-longest-correct': {
		title: 'The right answer is the longest',
		meaning:
			'The right choice is more than 25 % longer than the longest wrong one. Readers learn that the longest, most careful-sounding answer is right, and pass without reading.',
		fix: 'Shorten the right choice, or give the wrong choices the same detail and form.',
	},
	'quiz-all-or-none': {
		title: '"All of the above" or "None of the above"',
		meaning: 'A catch-all choice, which readers learn to pick or avoid without reading.',
		fix: 'Write a real option instead. When several answers are right, mark each one `correct: true`; the quiz then asks readers to choose all that apply.',
	},
	'quiz-duplicate-choice': {
		title: 'Two choices say the same',
		meaning: 'Two choices of one question have the same text.',
		fix: 'Make every choice a different answer.',
	},
	'quiz-same-position': {
		title: 'Every right answer is in the same place',
		meaning:
			'In every single-answer question of the module the right choice has the same position. The page shuffles the choices, but the file, and anything made from it, keeps the written order.',
		fix: 'Move the right choices to different positions.',
	},
} as const satisfies Record<string, IssueExplanation>;

/** The code of a content check; a check can only report a code explained here. */
export type IssueCode = keyof typeof issueCodes;
