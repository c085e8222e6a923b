/**
 * What the chart pages, the embeds and the chart images share (server side): each chart's site
 * paths, its image files, and the text an image carries.
 */
import { loadDataset } from '../data/records.ts';
import { citationLabels } from '../data/source-label.ts';
import { siteTitle } from '../site/identity.ts';
import { sitePath } from '../site/paths.ts';
import type { ImageText } from './image.ts';
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

export async function chartImageText(model: ChartModel, site: URL | undefined): Promise<ImageText> {
	const labels = citationLabels((await loadDataset()).sources);
	return { sources: model.sources.map((id) => labels.get(id) ?? id), url: absoluteUrl(sitePath(chartPagePath(model.id)), site), siteTitle };
}
