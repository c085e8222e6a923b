import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { lastCommitDate } from './last-updated.ts';
import { siteTitle } from './identity.ts';
import { sitePath } from './paths.ts';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const { entry, head } = route;
	if (entry.filePath && !route.lastUpdated) route.lastUpdated = lastCommitDate(entry.filePath);

	// Starlight announces a large-image card but the site has no preview images: use the text card
	// and give Twitter/X the same title and description as Open Graph.
	const card = head.find((tag) => tag.tag === 'meta' && tag.attrs?.['name'] === 'twitter:card');
	if (card?.attrs) card.attrs['content'] = 'summary';
	head.push(
		{ tag: 'meta', attrs: { name: 'twitter:title', content: entry.data.title }, content: '' },
		{ tag: 'meta', attrs: { name: 'twitter:description', content: entry.data.description }, content: '' },
		// The What-changed feed, so feed readers find it from any page.
		{ tag: 'link', attrs: { rel: 'alternate', type: 'application/rss+xml', title: `${siteTitle}: what changed`, href: sitePath('/changes.xml') } },
	);
});
