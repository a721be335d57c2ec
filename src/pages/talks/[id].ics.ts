import type { APIRoute, GetStaticPaths } from 'astro';
import { getTalkRoutes, type TalkEntry } from '~/lib/content/entries';
import { getBuildDate } from '~/lib/site/build-date';
import { getDefaultStart } from '~/lib/talks/agenda';
import { buildTalkInvite, getNextWeekday } from '~/lib/talks/ics';
import { getEntryHref } from '~/lib/site/urls';
import { siteConfig } from '~/site.config';

export const getStaticPaths = getTalkRoutes satisfies GetStaticPaths;

/**
 * A ready-made invite for the next Tuesday at the slot's usual time; the kit page builds one for
 * any date the facilitator picks, with the same function.
 */
export const GET: APIRoute<{ talk: TalkEntry }> = ({ props: { talk }, site }) => {
	const issued = getBuildDate();
	const ics = buildTalkInvite(talk.data, {
		id: talk.id,
		date: getNextWeekday(issued, 2),
		start: getDefaultStart(talk.data.slot),
		timeZone: siteConfig.timeZone,
		pageUrl: new URL(getEntryHref('talks', talk.id), site).href,
		issued,
	});
	return new Response(ics, {
		headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
	});
};
