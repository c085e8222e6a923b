import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { lastCommitDate } from './last-updated.ts';
import { isDocsPage } from './docs-page.ts';
import { siteDescription, siteTitle } from './identity.ts';
import { sitePath } from './paths.ts';
import { loadDataset } from '../data/records.ts';
import { pageAsOf } from './page-records.ts';
import { pagePathOfEntry, pageUpdatedDate } from './updates.ts';
import { defaultPreviewSlug, pageCard, previewAlt, previewPath, previewSize } from '../og/card.ts';

type HeadEntry = StarlightRouteData['head'][number];

const meta = (key: 'name' | 'property', name: string, content: string): HeadEntry => ({ tag: 'meta', attrs: { [key]: name, content }, content: '' });
const hasMeta = (head: HeadEntry[], key: 'name' | 'property', name: string) => head.some((tag) => tag.tag === 'meta' && tag.attrs?.[key] === name);
const metaContent = (head: HeadEntry[], key: 'name' | 'property', name: string) => {
	const value = head.find((tag) => tag.tag === 'meta' && tag.attrs?.[key] === name)?.attrs?.['content'];
	return typeof value === 'string' ? value : undefined;
};

/** Highwire Press dates (what Zotero and Google Scholar read): "2026-11-30" → "2026/11/30". */
const highwireDate = (iso: string) => iso.replaceAll('-', '/');

export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const { entry, head } = route;
	if (entry.filePath && !route.lastUpdated) route.lastUpdated = lastCommitDate(entry.filePath);

	// Pages of the docs collection get their own preview and citation metadata; pages made with
	// <StarlightPage> (charts, embeds) set their own og:image, or get the site-wide card.
	const docsPage = await isDocsPage(entry.filePath);
	const pagePath = pagePathOfEntry(entry.id);
	const dataset = docsPage ? await loadDataset() : undefined;
	const asOf = dataset ? pageAsOf(entry.body ?? '', dataset) : undefined;
	const updated = dataset
		? pageUpdatedDate(
				pagePath,
				[...dataset.updates].map(([id, data]) => ({ id, data })),
			)
		: undefined;
	const host = context.site?.host ?? '';
	const absolute = (path: string) => new URL(sitePath(path), context.site ?? context.url).href;

	if (!hasMeta(head, 'property', 'og:image')) {
		const preview = docsPage
			? pageCard({ title: entry.data.title, section: (entry.data as { section?: string }).section, asOf }, siteTitle, host)
			: { siteName: siteTitle, title: siteDescription, host };
		head.push(
			meta('property', 'og:image', absolute(previewPath(docsPage ? pagePath : `/${defaultPreviewSlug}/`))),
			meta('property', 'og:image:type', 'image/png'),
			meta('property', 'og:image:width', String(previewSize.width)),
			meta('property', 'og:image:height', String(previewSize.height)),
			meta('property', 'og:image:alt', previewAlt(preview)),
		);
	}
	// Every page now has a preview image: keep Starlight's large-image card, and give Twitter/X the
	// same title, description and image as Open Graph.
	const twitterCard = head.find((tag) => tag.tag === 'meta' && tag.attrs?.['name'] === 'twitter:card');
	if (twitterCard?.attrs) twitterCard.attrs['content'] = 'summary_large_image';
	head.push(
		meta('name', 'twitter:title', entry.data.title),
		meta('name', 'twitter:description', entry.data.description ?? siteDescription),
		// The What-changed feed, so feed readers find it from any page.
		{ tag: 'link', attrs: { rel: 'alternate', type: 'application/rss+xml', title: `${siteTitle}: what changed`, href: sitePath('/changes.xml') } },
	);
	const image = metaContent(head, 'property', 'og:image');
	const alt = metaContent(head, 'property', 'og:image:alt');
	if (image && !hasMeta(head, 'name', 'twitter:image')) head.push(meta('name', 'twitter:image', image));
	if (alt && !hasMeta(head, 'name', 'twitter:image:alt')) head.push(meta('name', 'twitter:image:alt', alt));

	// Citation metadata (Highwire Press tags), so reference managers such as Zotero file the page
	// with its title, publisher, date and URL.
	if (docsPage && entry.data.template !== 'splash' && !hasMeta(head, 'name', 'citation_title')) {
		const date = updated ?? asOf;
		head.push(
			meta('name', 'citation_title', entry.data.title),
			meta('name', 'citation_author', siteTitle),
			meta('name', 'citation_publisher', siteTitle),
			...(date ? [meta('name', 'citation_publication_date', highwireDate(date)), meta('name', 'citation_online_date', highwireDate(date))] : []),
			meta('name', 'citation_public_url', absolute(pagePath)),
			meta('name', 'citation_language', route.lang),
		);
	}
});
