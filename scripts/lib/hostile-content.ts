// Writes XSS payloads into the fields of a copy of the content: titles, definitions, quiz
// choices, slide notes, printable cards… one payload per field, 56 in all, across every content type. The
// browser tests then visit the pages that show those fields and check that each payload shows
// as text and that none of them runs (tests/e2e/hostile/).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryFilePath, parseEntryFile, serialiseEntryFile } from './entry-file.ts';
import { cores } from './xss-payloads.ts';
import type { CollectionName } from '../../src/lib/validation/content-set.ts';

/** Where one payload goes: a field of one entry, by dotted path (`agenda.0.notes`). */
interface Target {
	kind: CollectionName;
	id: string;
	field: string;
	/**
	 * A Markdown field: the payload is added after the original text (which has a word count),
	 * and the site may drop it as raw HTML instead of showing it as text.
	 */
	markdown?: boolean;
}

export interface Injection extends Target {
	file: string;
	payload: string;
	/** Site paths (no leading slash) that show this entry's fields. */
	pages: string[];
}

const targets: Target[] = [
	...['term', 'aka.0', 'short', 'explanation', 'example'].map((field) => ({
		kind: 'glossary' as const,
		id: 'vpn',
		field,
		markdown: field === 'explanation',
	})),
	...['whyItMatters', 'askLikeThis', 'phrases.0', 'aka.0'].map((field) => ({
		kind: 'glossary' as const,
		id: 'phishing',
		field,
	})),
	...['term', 'short', 'example'].map((field) => ({ kind: 'glossary' as const, id: 'kpi', field })),
	...[
		'title',
		'description',
		'objectives.0',
		'quiz.0.question',
		'quiz.0.choices.0.text',
		'quiz.0.choices.1.why',
		'objectives.1',
	].map((field) => ({ kind: 'modules' as const, id: 'security-basics', field })),
	{ kind: 'modules', id: 'security-basics', field: 'facilitation.notes', markdown: true },
	...['title', 'quiz.1.question'].map((field) => ({
		kind: 'modules' as const,
		id: 'business-cases-and-roi',
		field,
	})),
	...[
		'title',
		'description',
		'audience',
		'presenter',
		'prep.0.task',
		'materials.inRoom.0',
		'materials.remote.0',
		'agenda.0.title',
		'agenda.0.notes',
		'agenda.0.slides.0.title',
		'agenda.0.slides.0.points.0',
		'agenda.0.slides.0.say',
		'commonIssues.0.problem',
		'commonIssues.0.fix',
		'outcomes.0',
		'discussion.0',
		'feedback.0',
		'followUp',
		'variants.0.title',
		'variants.0.changes.0',
		'variants.0.agenda.1.notes',
		'cards.0.title',
		'cards.0.cards.0.body',
		'cards.1.cards.0.answer',
	].map((field) => ({
		kind: 'talks' as const,
		id: 'spotting-phishing',
		field,
		markdown: [
			'commonIssues.0.fix',
			'followUp',
			'cards.0.cards.0.body',
			'cards.1.cards.0.answer',
		].includes(field),
	})),
	{ kind: 'talks', id: 'monthly-sync', field: 'title' },
	...['title', 'description', 'audience', 'weeks.0.focus', 'weeks.0.steps.0.task'].map((field) => ({
		kind: 'paths' as const,
		id: 'it-business-liaison',
		field,
	})),
	...['title', 'impact'].map((field) => ({
		kind: 'wins' as const,
		id: '2026-06-17-more-suspicious-emails-reported',
		field,
	})),
	...['title', 'description'].map((field) => ({
		kind: 'guides' as const,
		id: 'reporting-an-it-problem',
		field,
	})),
];

/** Fields that become a page's `<title>` as well as its heading. */
const titleFields = new Set(['title', 'term']);

/**
 * The payload for the field at `index`: each attack once as it is and once after closing a
 * script element; in title fields, after closing the `<title>` element first. The number at the
 * end keeps every payload distinct, so the tests can tell where each one shows.
 */
function payloadFor(target: Target, index: number): string {
	const core = cores[index % cores.length]!;
	const title = titleFields.has(target.field) ? '</title>' : '';
	const close = index < cores.length ? '' : '</script>';
	return `${title}${close}${core} ${index + 1}`;
}

const pages: Record<CollectionName, (id: string) => string[]> = {
	glossary: (id) => [`glossary/${id}/`, 'glossary/'],
	modules: (id) => [`modules/${id}/`, 'modules/'],
	talks: (id) => [
		`talks/${id}/`,
		`talks/${id}/present/`,
		`talks/${id}/handout/`,
		`talks/${id}/terms/`,
		`talks/${id}/feedback/`,
		`talks/${id}/feedback-sheet/`,
		...(id === 'spotting-phishing' ? [`talks/${id}/cards/`, `talks/${id}/present/coffee/`] : []),
		'talks/',
	],
	paths: (id) => [`paths/${id}/`, 'paths/'],
	wins: () => ['wins/'],
	guides: (id) => [`guides/${id}/`, 'guides/'],
};

/** Sets a dotted path in parsed data; the path must exist, so the entry stays valid. */
function setField(data: unknown, field: string, write: (old: string) => string, file: string) {
	const keys = field.split('.');
	const last = keys.pop()!;
	let node = data as Record<string, unknown>;
	for (const key of keys) {
		node = node[key] as Record<string, unknown>;
		if (node === undefined) throw new Error(`${file} has no field ${field}`);
	}
	const old = node[last];
	if (typeof old !== 'string' && !(last === 'askLikeThis' || last === 'say'))
		throw new Error(`${file}: ${field} is not a text field`);
	node[last] = write(typeof old === 'string' ? old : '');
}

/** Writes 56 payloads into the content folder and returns where each one went. */
export function injectPayloads(contentDir: string): Injection[] {
	const byFile = new Map<string, Injection[]>();
	targets.forEach((target, index) => {
		const file = entryFilePath(target.kind, target.id);
		const injection = {
			...target,
			file,
			payload: payloadFor(target, index),
			pages: pages[target.kind](target.id),
		};
		byFile.set(file, [...(byFile.get(file) ?? []), injection]);
	});
	for (const [file, injections] of byFile) {
		const path = join(contentDir, file);
		const entry = parseEntryFile(readFileSync(path, 'utf8'), file);
		const before = structuredClone(entry.data);
		for (const { field, payload, markdown } of injections)
			setField(entry.data, field, (old) => (markdown ? `${old} ${payload}` : payload), file);
		followRenamedSegments(before, entry.data);
		writeFileSync(path, serialiseEntryFile(entry));
	}
	return [...byFile.values()].flat();
}

/**
 * A kit's variants name agenda segments by title; when a payload replaced a segment's title, the
 * variants follow it, so the kit stays valid and the payload reaches the variant's pages too.
 */
function followRenamedSegments(before: unknown, after: unknown) {
	type Kit = { agenda?: { title: string }[]; variants?: { agenda: { segment: string }[] }[] };
	const [old, kit] = [before as Kit, after as Kit];
	if (!kit.agenda || !kit.variants) return;
	const renamed = new Map(
		old.agenda!.map((segment, index) => [segment.title, kit.agenda![index]!.title]),
	);
	for (const variant of kit.variants)
		for (const item of variant.agenda) item.segment = renamed.get(item.segment) ?? item.segment;
}
