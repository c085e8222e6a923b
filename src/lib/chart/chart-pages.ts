/**
 * What the chart pages, the embeds and the chart images share: each chart's site paths, its
 * image files, its page's description and link-preview tags, and the embed snippet.
 */
import { sitePath } from '../site/paths.ts';
import { formatIsoDate } from '../format.ts';
import type { ChartModel } from './model.ts';

/** A chart's own page, e.g. /charts/h200-vs-rivals-memory/ (without the base path). */
export const chartPagePath = (id: string): string => `/charts/${id}/`;
/** The chart alone, for <iframe> embeds on other sites. */
export const chartEmbedPath = (id: string): string => `/embed/${id}/`;

export const chartImageKinds = ['download', 'preview', 'thumbnail'] as const;
export type ChartImageKind = (typeof chartImageKinds)[number];
const imageSuffix: Record<ChartImageKind, string> = { download: '', preview: '-preview', thumbnail: '-thumb' };
/** The image's file name under /charts/. */
export const chartImageFile = (id: string, kind: ChartImageKind): string => `${id}${imageSuffix[kind]}.png`;
/** The image's site path (base included). */
export const chartImagePath = (id: string, kind: ChartImageKind): string => sitePath(`/charts/${chartImageFile(id, kind)}`);

/** An absolute URL for a site path; `site` is Astro's configured site URL. */
export function absoluteUrl(path: string, site: URL | undefined): string {
	if (!site) throw new Error('astro.config.mjs: `site` must be set for chart pages (their images and previews carry absolute URLs)');
	return new URL(path, site).href;
}

/** Description for a chart page (50–170 characters, as every page's): the takeaway, else title and takeaway, cut at a word. */
export function chartPageDescription(model: Pick<ChartModel, 'title' | 'takeaway'>): string {
	const max = 170;
	let text = model.takeaway.length >= 50 ? model.takeaway : `Chart: ${model.title}. ${model.takeaway}`;
	if (text.length > max) text = `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
	return text.length >= 50 ? text : `${text} Data, sources and downloads.`;
}

/**
 * Starlight `head` entries giving a chart page its own link preview (the chart's 1200×630 image)
 * and the citation (Highwire) metadata reference managers read: title, publisher, data date, URL.
 */
export function chartPageHead(imageUrl: string, alt: string, cite: { title: string; siteName: string; asOf: string; url: string }) {
	const meta = (key: 'property' | 'name', name: string, content: string) => ({ tag: 'meta' as const, attrs: { [key]: name, content } });
	return [
		meta('name', 'citation_title', cite.title),
		meta('name', 'citation_author', cite.siteName),
		meta('name', 'citation_publisher', cite.siteName),
		meta('name', 'citation_publication_date', cite.asOf.replaceAll('-', '/')),
		meta('name', 'citation_public_url', cite.url),
		meta('property', 'og:image', imageUrl),
		meta('property', 'og:image:width', '1200'),
		meta('property', 'og:image:height', '630'),
		meta('property', 'og:image:alt', alt),
		meta('name', 'twitter:image', imageUrl),
		meta('name', 'twitter:image:alt', alt),
	];
}

/** The text alternative of a chart image: its kind, title and takeaway. */
export function chartImageAlt(model: ChartModel): string {
	const kind = model.type === 'scatter' ? 'Scatter chart' : model.type === 'line' ? 'Line chart' : 'Bar chart';
	return `${kind}: ${model.title}. ${model.takeaway} Figures as of ${formatIsoDate(model.asOf, 'long')}.`;
}

/** What a citation of a chart page names: the props of CiteThis.astro (helper "og"). */
export function chartCiteData(model: Pick<ChartModel, 'id' | 'title' | 'asOf'>): { title: string; path: string; asOf: string; kind: 'chart' } {
	return { title: model.title, path: chartPagePath(model.id), asOf: model.asOf, kind: 'chart' };
}

/** The iframe embed's height in CSS px: the 1200×630 image at about 720 px wide, plus its caption lines. */
export const embedHeight = 500;

/** The HTML a reader pastes into another site to embed a chart. */
export function embedSnippet(model: Pick<ChartModel, 'title'>, embedUrl: string): string {
	const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
	return `<iframe src="${escape(embedUrl)}" title="${escape(`Chart: ${model.title}`)}" width="100%" height="${embedHeight}" loading="lazy"></iframe>`;
}
