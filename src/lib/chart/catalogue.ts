/** Every chart with its model and where it is discussed, for the chart pages, the index and the embeds (server side). */
import { getCollection } from 'astro:content';
import { allRecords, loadDataset } from '../data/records.ts';
import { citationLabels } from '../data/source-label.ts';
import { siteTitle } from '../site/identity.ts';
import { sitePath } from '../site/paths.ts';
import { absoluteUrl, chartPagePath } from './chart-pages.ts';
import type { ImageText } from './image.ts';
import { pagePathOfEntry } from '../site/updates.ts';
import { loadChartModel } from './load.ts';
import type { ChartModel } from './model.ts';
import { requirePlacements, type ChartPlacement } from './placements.ts';

export interface CatalogueEntry {
	model: ChartModel;
	/** Where the chart is placed, first placement first; never empty. */
	placements: ChartPlacement[];
}

let catalogue: Promise<CatalogueEntry[]> | undefined;

export function chartCatalogue(): Promise<CatalogueEntry[]> {
	catalogue ??= (async () => {
		const charts = await allRecords('charts');
		const docs = await getCollection('docs');
		const placements = requirePlacements(
			charts.map((c) => c.id),
			docs.map((d) => ({ path: pagePathOfEntry(d.id), title: d.data.title, body: d.body ?? '' })),
		);
		return Promise.all(charts.map(async ({ id }) => ({ model: await loadChartModel(id, `/charts/${id}/`), placements: placements.get(id)! })));
	})();
	return catalogue;
}

/** The text a chart image carries besides the model: source labels, the chart page's address, the site's name. */
export async function chartImageText(model: ChartModel, site: URL | undefined): Promise<ImageText> {
	const labels = citationLabels((await loadDataset()).sources);
	return { sources: model.sources.map((id) => labels.get(id) ?? id), url: absoluteUrl(sitePath(chartPagePath(model.id)), site), siteTitle };
}
