import type { Talk } from '../../schemas/talks.ts';
import { getEntryHref } from '../site/urls.ts';
import { describeDaysBefore, getDefaultStart, groupPrepByDay, scheduleAgenda } from './agenda.ts';
import { getKitHrefs, getVariantPresentHref } from './kit-links.ts';
import { getVersionAgenda } from './slides.ts';
import { directionLabels, getIssueHeadings, slotLabels, talkKindLabels } from './labels.ts';

/** A heading for the page's table of contents. */
export interface Heading {
	depth: number;
	slug: string;
	text: string;
}

/** What the kit page needs besides the talk: the glossary, the wins and the body's headings. */
export interface KitPageSources<Term extends { id: string }, Win> {
	id: string;
	data: Talk;
	/** The headings of the facilitator's guide (the MDX body), in order. */
	headings: readonly Heading[];
	/** The glossary; the page lists the kit's own terms. */
	glossary: readonly Term[];
	/** Every shared win, newest first; only a sync kit shows them. */
	wins: readonly Win[];
	/** The site's public address, for the invite's links. */
	site: URL | string | undefined;
	/** The organisation's time zone, for the agenda and invites. */
	timeZone: string;
}

/** The glossary entries a kit lists as its terms of the day, in glossary order. */
export function getKitTerms<Term extends { id: string }>(
	glossary: readonly Term[],
	terms: readonly string[],
): Term[] {
	return glossary.filter((term) => terms.includes(term.id));
}

/** Everything the kit page renders from its data, headings included. */
export function buildKitPage<Term extends { id: string }, Win>(sources: KitPageSources<Term, Win>) {
	const { data } = sources;
	const pageUrl = new URL(getEntryHref('talks', sources.id), sources.site).href;
	const start = getDefaultStart(data.slot);
	const issuesHeading = getIssueHeadings(data.direction).page;
	const facts = [
		['Kind', talkKindLabels[data.kind]],
		['Who teaches', directionLabels[data.direction]],
		['Audience', data.audience],
		['Length', `${data.minutes} minutes`],
		['Slot', slotLabels[data.slot]],
		['Presenter', data.presenter],
		...(data.recurrence
			? [['Repeats', data.recurrence === 'monthly' ? 'Every month' : 'Every quarter']]
			: []),
	].map(([label, value]) => ({ label: label!, value: value! }));
	const invite = {
		timeZone: sources.timeZone,
		location: data.location,
		meetingLink: data.meetingLink,
		// What the browser needs to build an invite for another date, place or link.
		data: JSON.stringify({
			talk: {
				title: data.title,
				description: data.description,
				minutes: data.minutes,
				recurrence: data.recurrence,
				agenda: data.agenda,
				location: data.location,
				meetingLink: data.meetingLink,
			},
			timeZone: sources.timeZone,
			pageUrl,
		}),
	};
	return {
		facts,
		hrefs: getKitHrefs(sources.id),
		cardSets: data.cards.map((set) => set.title),
		hasFeedback: data.feedback.length > 0,
		variants: data.variants.map((variant) => ({
			id: variant.id,
			slug: `version-${variant.id}`,
			title: variant.title,
			minutes: variant.minutes,
			changes: variant.changes,
			segments: getVersionAgenda(data.agenda, variant).map((segment) => ({
				title: segment.title,
				minutes: segment.minutes,
			})),
			present: getVariantPresentHref(sources.id, variant.id),
		})),
		start,
		schedule: scheduleAgenda(data.agenda, start),
		invite,
		prep: groupPrepByDay(data.prep).map((day) => ({
			when: describeDaysBefore(day.daysBefore),
			tasks: day.tasks,
		})),
		terms: getKitTerms(sources.glossary, data.terms),
		wins: data.kind === 'sync' ? sources.wins : [],
		issuesHeading,
		sections: [
			{ depth: 2, slug: 'run-it', text: 'Run it' },
			{ depth: 2, slug: 'agenda', text: 'Agenda' },
			...(data.variants.length > 0
				? [{ depth: 2, slug: 'other-versions', text: 'Other versions' }]
				: []),
			...(data.kind === 'sync'
				? [{ depth: 2, slug: 'wins', text: 'Wins since the last sync' }]
				: []),
			{ depth: 2, slug: 'preparation', text: 'Preparation' },
			{ depth: 2, slug: 'materials', text: 'Materials' },
			...sources.headings,
			...(data.commonIssues.length > 0
				? [{ depth: 2, slug: 'common-issues', text: issuesHeading }]
				: []),
			{ depth: 2, slug: 'follow-up', text: 'Outcomes and follow-up' },
		],
	};
}

/** The kit page's model. */
export type KitPage<Term extends { id: string }, Win> = ReturnType<typeof buildKitPage<Term, Win>>;
