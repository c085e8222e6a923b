/**
 * The What-changed log as an RSS 2.0 feed (linked from every page's <head>). One item per update
 * record, linking to its entry on the changes page.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { allRecords } from '../lib/data/records.ts';
import { changesPath, sortUpdates, updateAnchor } from '../lib/site/updates.ts';
import { siteTitle } from '../lib/site/identity.ts';

export const GET: APIRoute = async (context) => {
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	const site = new URL(`${base}/`, context.site ?? 'http://localhost:4321');
	const updates = sortUpdates(await allRecords('updates'));
	return rss({
		title: `${siteTitle}: what changed`,
		description: 'Corrections, new events and updated figures on the H200 explainer, newest first.',
		site,
		items: updates.map(({ id, data }) => ({
			title: data.title,
			pubDate: new Date(`${data.date}T00:00:00Z`),
			description: data.summary,
			link: new URL(`${base}${changesPath}#${updateAnchor(id)}`, site).href,
			categories: [...new Set(data.sections.map((s) => s.split('/')[1] || 'start'))],
		})),
		customData: '<language>en</language>',
	});
};
