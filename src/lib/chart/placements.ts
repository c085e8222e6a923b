/**
 * Where each chart is discussed: the page and the section (nearest heading above it) of every
 * `<Chart id="…">` in the MDX pages, read from their sources at build time so nobody keeps a list.
 */

export interface PageSource {
	/** Site path of the page, e.g. "/h200/specs/". */
	path: string;
	title: string;
	body: string;
}

export interface ChartPlacement {
	path: string;
	pageTitle: string;
	/** The section's heading id and text; undefined when the chart comes before any heading. */
	heading?: { id: string; text: string } | undefined;
}

/** Headings with explicit ids (`## Text {#id}`) and Chart tags, in page order. */
const marks = /^(#{2,6})\s+(.+?)\s*\{#([A-Za-z0-9_-]+)\}\s*$|<Chart\b[^>]*\bid=["']([a-z0-9-]+)["'][^>]*>/gm;

export function chartPlacements(pages: readonly PageSource[]): Map<string, ChartPlacement[]> {
	const placements = new Map<string, ChartPlacement[]>();
	for (const page of pages) {
		let heading: ChartPlacement['heading'];
		for (const match of page.body.matchAll(marks)) {
			const [, , text, headingId, chartId] = match;
			if (headingId && text) heading = { id: headingId, text };
			else if (chartId) placements.set(chartId, [...(placements.get(chartId) ?? []), { path: page.path, pageTitle: page.title, heading }]);
		}
	}
	return placements;
}

/** The placements of every chart, failing with a clear message for a chart that no page shows. */
export function requirePlacements(chartIds: readonly string[], pages: readonly PageSource[]): Map<string, ChartPlacement[]> {
	const placements = chartPlacements(pages);
	const missing = chartIds.filter((id) => !placements.has(id));
	if (missing.length)
		throw new Error(
			`chart(s) on no page: ${missing.join(', ')}. Every chart in content/data/charts/ must be placed on a page with <Chart id="…" /> ` +
				`(its chart page links to the section that discusses it), or its record removed.`,
		);
	return placements;
}
