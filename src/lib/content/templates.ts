import { collections, getEntryFile } from './collections.ts';

/** Values a template needs; the scaffolder asks for the ones not given as flags. */
export interface TemplateValues {
	id: string;
	title: string;
	today: string;
	/** Extra answers by name (lens, category, track, kind, audience, teams). */
	[key: string]: string;
}

/** One kind of content the scaffolder can create. */
export interface ContentTemplate {
	/** Where the file goes, relative to the project root. */
	path: (values: TemplateValues) => string;
	/** Questions to ask when the value is not given: flag name, question, allowed answers. */
	asks: { name: string; question: string; choices?: readonly string[] }[];
	/** The page to open in `npm run dev` afterwards. */
	preview: (values: TemplateValues) => string;
	render: (values: TemplateValues) => string;
}

const quote = (text: string) => JSON.stringify(text);

/** Prompts written while `listPrompts` renders the templates; undefined the rest of the time. */
let written: string[] | undefined;

/**
 * Marks template text that is a prompt for the author, not content: validation fails while any
 * of it is left in a file (src/lib/validation/template-text.ts). Defaults worth keeping
 * ("Everyone", "A projector or large screen") are not prompts.
 */
const prompt = (text: string) => {
	written?.push(text);
	return text;
};

const question = (n: number) => {
	const right = `      - text: ${prompt('The right thing to do.')}
        correct: true
        why: ${prompt('Explain why this is right.')}`;
	const wrong = `      - text: ${prompt('A mistake people really make.')}
        correct: false
        why: ${prompt('Explain why this falls short.')}`;
	return `  - question: "${prompt(`Question ${n}: describe a situation at work and ask what to do.`)}"
    choices:
${n % 2 === 0 ? `${wrong}\n${right}` : `${right}\n${wrong}`}`;
};

/** Templates for every content type; each renders a file that passes validation as it is. */
export const templates: Record<
	'term' | 'module' | 'talk' | 'path' | 'guide' | 'win',
	ContentTemplate
> = {
	term: {
		path: ({ id }) => getEntryFile('glossary', id),
		asks: [
			{ name: 'title', question: 'The term as readers see it (e.g. VPN)' },
			{
				name: 'lens',
				question: 'Explained for business readers (it) or for IT readers (business)?',
				choices: ['it', 'business'],
			},
			{ name: 'category', question: 'Category (e.g. security, finance)' },
		],
		preview: ({ id }) => `/${collections.glossary.page(id)}`,
		render: (v) => `# yaml-language-server: $schema=../../schemas/glossary.schema.json
term: ${quote(v.title)}
aka: []
lens: ${v.lens}
category: ${v.category}
short: ${quote(prompt(`One plain sentence that says what ${v.title} is, for a reader from the other side.`))}
explanation: |
  ${prompt(`Write 60 to 250 words in plain language. Say what ${v.title} is, where the reader meets it at
  work and what it means for them. Use short sentences and a concrete example from everyday work,
  such as a request, a meeting or a report. Avoid other jargon, or explain it when you must use it.
  Say where practice differs between organisations. Do not invent figures or quote studies. Replace
  this whole paragraph with your explanation before you publish the term.`)}
example: ${quote(prompt(`A sentence someone might say at work that uses ${v.title}.`))}
whyItMatters: ${prompt('Why the reader from the other side should care about it.')}
askLikeThis: ${quote(prompt('How to phrase a good question or request about it.'))}
phrases: []
related: []
reviewed: ${v.today}
`,
	},
	module: {
		path: ({ id }) => getEntryFile('modules', id),
		asks: [
			{ name: 'title', question: 'Module title' },
			{ name: 'track', question: 'Track', choices: ['it-for-business', 'business-for-it'] },
		],
		preview: ({ id }) => `/${collections.modules.page(id)}`,
		render: (v) => `---
title: ${quote(v.title)}
description: ${prompt('One or two sentences on what the learner gets from this module.')}
track: ${v.track}
level: intro
minutes: 20
objectives:
  - ${prompt('You can do the first thing this module teaches.')}
  - ${prompt('You can do the second thing.')}
prerequisites: []
requires: []
defines: []
quiz:
${[1, 2, 3, 4, 5, 6].map(question).join('\n')}
reviewed: ${v.today}
---

${prompt('Introduce the module in two or three sentences: who it is for and what changes for them.')}

## First unit

${prompt('Teach one idea with a concrete example from work.')} Link each glossary term you list in
\`defines\` where you teach it, like this: [term](/glossary/term-id/).

:::tip[Try this]
${prompt('Give the learner one small thing to do at their desk, in a few minutes.')}
:::

## Second unit

${prompt('Teach the next idea.')}

## Summary

- ${prompt('One sentence for each key point, in the order the module teaches them.')}
`,
	},
	talk: {
		path: ({ id }) => getEntryFile('talks', id),
		asks: [{ name: 'title', question: 'Session title' }],
		preview: ({ id }) => `/${collections.talks.page(id)}`,
		render: (v) => `---
title: ${quote(v.title)}
description: ${prompt('One or two sentences on what people get from the session.')}
kind: tech-talk
direction: it-to-business
audience: Everyone
minutes: 30
slot: lunch
presenter: Someone from the IT service desk
prep:
  - task: Book a room and a video call, and send the invite.
    daysBefore: 14
materials:
  inRoom: [A projector or large screen]
  remote: [The video call link in the invite]
agenda:
  - title: Welcome
    minutes: 5
    kind: welcome
    notes: ${prompt('Say what the session is for.')}
    slides:
      - title: ${quote(v.title)}
        points: [Why we are here]
        say: ${prompt('What you say or ask while this slide is up.')}
  - title: The common issues and their fixes
    minutes: 20
    kind: demo
    notes: ${prompt('Show each issue and its fix.')}
    slides:
      - title: ${prompt('First issue')}
        points: [${prompt('What people see')}, ${prompt('How to fix it')}]
        say: Ask who has met this problem, then show the fix.
  - title: Questions
    minutes: 5
    kind: qa
    notes: Take questions.
    slides:
      - title: Questions
        points: [Where to get help]
        say: Ask for questions, and say where to get help afterwards.
commonIssues:
  - problem: ${prompt('The first problem, in the words people use.')}
    fix: |
      1. ${prompt('The first step.')}
      2. ${prompt('The next step.')}
  - problem: ${prompt('The second problem.')}
    fix: |
      1. The first step.
  - problem: ${prompt('The third problem.')}
    fix: |
      1. The first step.
outcomes: [${prompt('What people can do afterwards.')}]
discussion: [${prompt('A question to get the room talking.')}]
feedback: [What was most useful?]
followUp: |
  Thank you for coming to ${v.title} on [date]. The handout is here: [link to the handout].
terms: []
reviewed: ${v.today}
---

## Before the session

${prompt('What the facilitator prepares.')}

## Running it

${prompt('How to run each part.')}

## After the session

${prompt('What to send and follow up.')}
`,
	},
	path: {
		path: ({ id }) => getEntryFile('paths', id),
		asks: [{ name: 'title', question: 'Path title' }],
		preview: ({ id }) => `/${collections.paths.page(id)}`,
		render: (v) => `# yaml-language-server: $schema=../../schemas/path.schema.json
title: ${quote(v.title)}
description: ${prompt('One or two sentences on who follows this path and what they get.')}
audience: ${prompt('Who follows it')}
weeks:
  - week: 1
    focus: ${prompt('What the first week is about')}
    steps:
      - { kind: task, task: "Meet your manager and agree what this path is for", owner: learner }
reviewed: ${v.today}
`,
	},
	guide: {
		path: ({ id }) => getEntryFile('guides', id),
		asks: [
			{ name: 'title', question: 'Guide title' },
			{
				name: 'audience',
				question: 'Who is it for?',
				choices: ['business', 'it', 'everyone', 'facilitators', 'managers', 'new-hires'],
			},
		],
		preview: ({ id }) => `/${collections.guides.page(id)}`,
		render: (v) => `---
title: ${quote(v.title)}
description: ${prompt('One or two sentences on what the reader can do after reading it.')}
audience: ${v.audience}
reviewed: ${v.today}
terms: []
---

${prompt('Start with the situation the reader is in, in one or two sentences.')}

## First step

${prompt('Explain the first step with a concrete example.')}

## A checklist to copy

- [ ] ${prompt('The first thing to check.')}
- [ ] ${prompt('The second thing.')}
`,
	},
	win: {
		path: ({ id, today }) => getEntryFile('wins', `${today}-${id}`),
		asks: [
			{ name: 'title', question: 'What was achieved, in a few words' },
			{
				name: 'teams',
				question: 'Teams that did it together, separated by commas (e.g. it, finance)',
			},
		],
		preview: ({ id, today }) => `/wins/#win-${today}-${id}`,
		render: (v) => `---
title: ${quote(v.title)}
date: ${v.today}
teams: [${(v.teams ?? '')
			.split(',')
			.map((team) => team.trim().toLowerCase())
			.filter(Boolean)
			.join(', ')}]
impact: ${prompt('One line on what changed for the business.')}
---

${prompt('What happened, and who did what together. Then say thank you, specifically.')}
`,
	},
};

/** Every prompt the templates write for these values, in order; validation looks for them. */
export function listPrompts(values: TemplateValues): string[] {
	written = [];
	try {
		for (const template of Object.values(templates)) template.render(values);
		return written;
	} finally {
		written = undefined;
	}
}

/** Content types the scaffolder knows. */
export type TemplateName = keyof typeof templates;
