import { getStepKey } from '../learning-paths/steps.ts';
import type { Talk } from '../../schemas/talks.ts';
import {
	collections,
	getEntryFile,
	getGuideSlug,
	stepCollections,
} from '../content/collections.ts';
import { getLinkedTermId } from '../glossary/links.ts';
import type { ContentIssue } from './issues.ts';
import { suggestId } from './issues.ts';
import type { ContentSet, SourceEntry } from './content-set.ts';

/** Longest run time, in minutes, that fits a lunch break. */
export const LUNCH_SLOT_MINUTES = 60;
/** Fewest common issues a tech-talk or business-talk kit needs to be useful on the handout. */
export const MIN_TECH_TALK_ISSUES = 3;
/** Heading of the unit every module ends with: its key points. */
export const SUMMARY_UNIT = 'Summary';

/** Who teaches in the kinds of kit that have one teaching side. */
const taughtBy: Partial<Record<Talk['kind'], Talk['direction']>> = {
	'tech-talk': 'it-to-business',
	'business-talk': 'business-to-it',
};

/**
 * Checks the rules that span files and that zod cannot express: unknown ids, prerequisite
 * cycles, agenda totals, lunch length, duplicate aliases, `defines` linked in the body.
 */
export function checkContentGraph(content: ContentSet): ContentIssue[] {
	const ids = {
		glossary: new Set(content.glossary.map((entry) => entry.id)),
		modules: new Set(content.modules.map((entry) => entry.id)),
		talks: new Set(content.talks.map((entry) => entry.id)),
		guides: new Set(content.guides.map((entry) => entry.id)),
	};
	const issues: ContentIssue[] = [];
	const refs = (
		entry: SourceEntry<unknown>,
		field: string,
		values: readonly string[],
		kind: keyof typeof ids,
	) => {
		values.forEach((value, index) => {
			if (!ids[kind].has(value))
				issues.push(unknownRef(entry.file, `${field}[${index}]`, value, kind, ids[kind]));
		});
	};

	for (const term of content.glossary) {
		refs(term, 'related', term.data.related, 'glossary');
		if (term.data.related.includes(term.id))
			issues.push({
				file: term.file,
				field: `related[${term.data.related.indexOf(term.id)}]`,
				code: 'self-related',
				problem: 'a term cannot be related to itself',
				fix: `remove "${term.id}" from related`,
			});
	}
	issues.push(...checkAliases(content.glossary));

	for (const module of content.modules) {
		refs(module, 'prerequisites', module.data.prerequisites, 'modules');
		refs(module, 'requires', module.data.requires, 'glossary');
		refs(module, 'defines', module.data.defines, 'glossary');
		module.data.defines.forEach((id, index) => {
			if (ids.glossary.has(id) && !module.links.some((link) => linksToTerm(link, id)))
				issues.push({
					file: module.file,
					field: `defines[${index}]`,
					code: 'defines-not-linked',
					problem: `"${id}" is listed in defines but never linked in the module body`,
					fix: `link it where the module teaches it, e.g. [${id}](/glossary/${id}/), or remove it from defines`,
				});
		});
	}
	for (const module of content.modules)
		if (module.hasTryThis === false)
			issues.push({
				file: module.file,
				field: '(body)',
				code: 'no-try-this',
				problem: 'the module has no "Try this" exercise',
				fix: 'add at least one exercise as an aside: a line :::tip[Try this], the exercise, and a line :::',
			});
	for (const module of content.modules)
		if (module.units && module.units.at(-1) !== SUMMARY_UNIT)
			issues.push({
				file: module.file,
				field: '(body)',
				code: 'no-summary',
				problem: module.units.includes(SUMMARY_UNIT)
					? `the module's last unit is "${module.units.at(-1)}", not its summary`
					: 'the module does not end with a summary unit',
				fix: `end the body with a unit "## ${SUMMARY_UNIT}": four to six one-sentence key points, in the order the module teaches them`,
			});
	issues.push(...checkPrerequisiteCycles(content.modules));

	for (const talk of content.talks) {
		refs(talk, 'terms', talk.data.terms, 'glossary');
		const total = talk.data.agenda.reduce((sum, item) => sum + item.minutes, 0);
		if (total !== talk.data.minutes)
			issues.push({
				file: talk.file,
				field: 'agenda',
				code: 'agenda-total',
				problem: `the agenda adds up to ${total} minutes but minutes is ${talk.data.minutes}`,
				fix: `change the segments' minutes so they add up to ${talk.data.minutes}, or set minutes: ${total}`,
			});
		issues.push(...checkVariants(talk));
		if (talk.data.slot === 'lunch' && talk.data.minutes > LUNCH_SLOT_MINUTES)
			issues.push({
				file: talk.file,
				field: 'minutes',
				code: 'lunch-too-long',
				problem: `a lunch session must fit in ${LUNCH_SLOT_MINUTES} minutes; this one runs ${talk.data.minutes}`,
				fix: `shorten the agenda to ${LUNCH_SLOT_MINUTES} minutes or less, or use slot: meeting`,
			});
		const taught = taughtBy[talk.data.kind];
		if (taught && talk.data.commonIssues.length < MIN_TECH_TALK_ISSUES)
			issues.push({
				file: talk.file,
				field: 'commonIssues',
				code: 'too-few-issues',
				problem: `a ${talk.data.kind} needs at least ${MIN_TECH_TALK_ISSUES} common issues; it has ${talk.data.commonIssues.length}`,
				fix:
					talk.data.kind === 'tech-talk'
						? 'add the problems people bring to the helpdesk on this topic, each with its fix'
						: 'add the misunderstandings IT staff often have about this work, each with what to do instead',
			});
		if (taught && talk.data.direction !== taught)
			issues.push({
				file: talk.file,
				field: 'direction',
				code: 'direction-mismatch',
				problem: `a ${talk.data.kind} is taught ${taught === 'it-to-business' ? 'by IT to business staff' : 'by business staff to IT'}, but direction is ${talk.data.direction}`,
				fix: `set direction: ${taught}, or choose the kind that matches who teaches (tech-talk: IT teaches; business-talk: a business team teaches)`,
			});
	}

	for (const path of content.paths) {
		const seenSteps = new Map<string, string>();
		path.data.weeks.forEach((week, w) => {
			if (week.week !== w + 1)
				issues.push({
					file: path.file,
					field: `weeks[${w}].week`,
					code: 'week-order',
					problem: `week ${week.week} is in position ${w + 1}`,
					fix: `number the weeks 1, 2, 3 … in order (this one should be ${w + 1})`,
				});
			week.steps.forEach((step, s) => {
				const key = getStepKey(step);
				const field = `weeks[${w}].steps[${s}]`;
				const earlier = seenSteps.get(key);
				if (earlier)
					issues.push({
						file: path.file,
						field,
						code: 'repeated-step',
						problem: `this step repeats ${earlier} (progress is tracked per step, so each must be different)`,
						fix: 'remove the repeat, or reword the task',
					});
				else seenSteps.set(key, field);
				const kind =
					step.kind === 'task' ? undefined : (stepCollections[step.kind] as RefCollection);
				const id = step.kind === 'guide' && step.ref ? getGuideSlug(step.ref) : step.ref;
				if (kind && step.ref !== undefined && id !== undefined && !ids[kind].has(id))
					issues.push(
						unknownRef(path.file, `weeks[${w}].steps[${s}].ref`, step.ref, kind, ids[kind]),
					);
			});
		});
	}

	for (const guide of content.guides) refs(guide, 'terms', guide.data.terms, 'glossary');
	return issues;
}

/** The collections that other entries point into by id. */
type RefCollection = 'glossary' | 'modules' | 'talks' | 'guides';

function unknownRef(
	file: string,
	field: string,
	value: string,
	kind: RefCollection,
	known: ReadonlySet<string>,
): ContentIssue {
	const suggestion = suggestId(value, known);
	const create = getEntryFile(kind, value);
	return {
		file,
		field,
		code: 'unknown-id',
		problem: `"${value}" is not a ${collections[kind].label}`,
		fix: suggestion
			? `did you mean "${suggestion}"? Otherwise create ${create}`
			: `use an existing id or create ${create}`,
	};
}

/** Whether a Markdown link target points at a glossary term's page. */
export function linksToTerm(link: string, id: string): boolean {
	return getLinkedTermId(link) === id;
}

function checkAliases(terms: ContentSet['glossary']): ContentIssue[] {
	const names = new Map(terms.map((term) => [term.data.term.toLowerCase(), term.id]));
	const claims = new Map<string, string[]>();
	for (const term of terms)
		for (const alias of new Set(term.data.aka.map((alias) => alias.toLowerCase())))
			claims.set(alias, [...(claims.get(alias) ?? []), term.id]);
	const issues: ContentIssue[] = [];
	for (const term of terms) {
		const seen = new Set<string>([term.data.term.toLowerCase()]);
		term.data.aka.forEach((alias, index) => {
			const key = alias.toLowerCase();
			const named = names.get(key);
			const others = (claims.get(key) ?? []).filter((id) => id !== term.id);
			const problem = seen.has(key)
				? `"${alias}" repeats the term or another alias of this entry`
				: named !== undefined && named !== term.id
					? `"${alias}" is the name of the glossary term "${named}"`
					: others.length > 0
						? `"${alias}" is also an alias of ${others.map((id) => `"${id}"`).join(', ')}`
						: undefined;
			seen.add(key);
			if (problem)
				issues.push({
					file: term.file,
					field: `aka[${index}]`,
					code: 'duplicate-alias',
					problem,
					fix: 'an alias must lead to exactly one term: keep it on the term readers mean and remove it elsewhere',
				});
		});
	}
	return issues;
}

function checkPrerequisiteCycles(modules: ContentSet['modules']): ContentIssue[] {
	const byId = new Map(modules.map((module) => [module.id, module]));
	const state = new Map<string, 'visiting' | 'done'>();
	const issues: ContentIssue[] = [];
	const visit = (id: string, trail: string[]) => {
		if (state.get(id) === 'done') return;
		if (state.get(id) === 'visiting') {
			const cycle = [...trail.slice(trail.indexOf(id)), id];
			const module = byId.get(id)!;
			const next = cycle[1]!;
			issues.push({
				file: module.file,
				field: `prerequisites[${module.data.prerequisites.indexOf(next)}]`,
				code: 'prerequisite-cycle',
				problem: `prerequisites form a cycle: ${cycle.join(' → ')}`,
				fix: 'remove one of these prerequisites so that a learner has somewhere to start',
			});
			return;
		}
		state.set(id, 'visiting');
		for (const next of byId.get(id)?.data.prerequisites ?? [])
			if (byId.has(next)) visit(next, [...trail, id]);
		state.set(id, 'done');
	};
	for (const module of modules) visit(module.id, []);
	return issues;
}

/** A kit's variants: unique ids, segments that exist in the agenda, minutes that add up. */
function checkVariants(talk: ContentSet['talks'][number]): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const segments = talk.data.agenda.map((item) => item.title);
	const seen = new Set<string>();
	talk.data.variants.forEach((variant, index) => {
		const field = `variants[${index}]`;
		if (seen.has(variant.id))
			issues.push({
				file: talk.file,
				field: `${field}.id`,
				code: 'duplicate-variant',
				problem: `another variant of this kit already has the id "${variant.id}"`,
				fix: 'give each variant its own id, such as coffee or remote',
			});
		seen.add(variant.id);
		variant.agenda.forEach((item, position) => {
			if (segments.includes(item.segment)) return;
			const suggestion = suggestId(item.segment, segments);
			issues.push({
				file: talk.file,
				field: `${field}.agenda[${position}].segment`,
				code: 'unknown-segment',
				problem: `"${item.segment}" is not the title of a segment in this kit's agenda`,
				fix: suggestion
					? `did you mean "${suggestion}"? A variant reuses the agenda's segments by their exact title`
					: `use one of: ${segments.map((title) => `"${title}"`).join(', ')}`,
			});
		});
		const total = variant.agenda.reduce((sum, item) => sum + item.minutes, 0);
		if (total !== variant.minutes)
			issues.push({
				file: talk.file,
				field: `${field}.agenda`,
				code: 'variant-total',
				problem: `the variant "${variant.id}" adds up to ${total} minutes but its minutes is ${variant.minutes}`,
				fix: `change its segments' minutes so they add up to ${variant.minutes}, or set its minutes: ${total}`,
			});
	});
	return issues;
}
