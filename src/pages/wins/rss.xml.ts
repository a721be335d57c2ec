import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getWins } from '~/lib/content/entries';
import { withBase } from '~/lib/site/urls';
import { joinTeams } from '~/lib/wins/teams';
import { siteConfig } from '~/site.config';

/** The shared-wins log as an RSS feed, newest first. */
export const GET: APIRoute = async ({ site }) =>
	rss({
		title: `${siteConfig.title}: shared wins`,
		description: `What IT and business teams at ${siteConfig.organisation} achieved together.`,
		site: new URL(withBase('/'), site),
		items: (await getWins()).map((win) => ({
			title: win.data.example ? `${win.data.title} (example)` : win.data.title,
			pubDate: win.data.date,
			description: `${joinTeams(win.data.teams)}: ${win.data.impact}`,
			link: withBase(`wins/#win-${win.id}`),
		})),
	});
