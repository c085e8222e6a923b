/**
 * What a link preview says and where it lives. One page → one 1200×630 PNG: the site's name, the
 * page's section and title, and the day its facts are as of. The route middleware links it
 * (og:image with its alt text) and the endpoint under src/pages/og/ draws it, both from here.
 */
import { formatIsoDate } from '../format.ts';

/** Open Graph's recommended size; chat apps show it at about half, or less. */
export const previewSize = { width: 1200, height: 630 } as const;

/** The slug of the site-wide card, for pages that are not in the docs collection and bring no image of their own. */
export const defaultPreviewSlug = 'default';

/** Site path of a page's preview: "/" → "/og/index.png", "/h200/specs/" → "/og/h200/specs.png". */
export function previewPath(pagePath: string): string {
	return `/og/${previewSlug(pagePath)}.png`;
}

/** The endpoint's `slug` param for a page path. */
export function previewSlug(pagePath: string): string {
	if (!/^\/([a-z0-9-]+\/)*$/.test(pagePath))
		throw new Error(`og/card.ts: "${pagePath}" is not a page path (lower-case ASCII segments, with leading and trailing "/").`);
	return pagePath === '/' ? 'index' : pagePath.slice(1, -1);
}

export interface PreviewCard {
	siteName: string;
	title: string;
	/** The page's section ("Export rules"); none on the site-wide card. */
	section?: string | undefined;
	/** "Facts as of 12 November 2026", or a line of its own on the site-wide card. */
	dateLine?: string | undefined;
	/** Host name shown in a corner, e.g. "h200-explainer.example". */
	host: string;
}

/** The card of a content page. */
export function pageCard(page: { title: string; section?: string | undefined; asOf?: string | undefined }, siteName: string, host: string): PreviewCard {
	return {
		siteName,
		title: page.title,
		section: page.section,
		dateLine: page.asOf ? `Facts as of ${formatIsoDate(page.asOf, 'long')}` : undefined,
		host,
	};
}

/** Alt text: what the image shows, in reading order. */
export function previewAlt(card: PreviewCard): string {
	const heading = card.section ? `${card.siteName} · ${card.section}` : card.siteName;
	return [`${heading}: ${card.title}`, card.dateLine].filter(Boolean).join('. ') + '.';
}
