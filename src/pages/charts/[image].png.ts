/**
 * /charts/<chart-id>.png (the "Download PNG", 2400 px wide), /charts/<chart-id>-preview.png (the chart
 * page's 1200×630 og:image) and /charts/<chart-id>-thumb.png (the index's thumbnail), drawn at build
 * time from the same chart model and Chart.js configuration as the page's canvas.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allRecords } from '../../lib/data/records.ts';
import { chartImageFile, chartImageKinds, type ChartImageKind } from '../../lib/chart/chart-pages.ts';
import { chartImageText } from '../../lib/chart/catalogue.ts';
import { loadChartModel } from '../../lib/chart/load.ts';
import { downloadPng, previewPng, thumbnailPng } from '../../lib/chart/image.ts';

export const getStaticPaths = (async () =>
	(await allRecords('charts')).flatMap(({ id }) =>
		chartImageKinds.map((kind) => ({ params: { image: chartImageFile(id, kind).replace(/\.png$/, '') }, props: { id, kind } })),
	)) satisfies GetStaticPaths;

interface Props {
	id: string;
	kind: ChartImageKind;
}

export const GET: APIRoute<Props> = async ({ props, site }) => {
	const model = await loadChartModel(props.id, `/charts/${chartImageFile(props.id, props.kind)}`);
	const text = await chartImageText(model, site);
	const draw = { download: downloadPng, preview: previewPng, thumbnail: thumbnailPng }[props.kind];
	const body = await draw(model, text);
	return new Response(new Uint8Array(body), { headers: { 'content-type': 'image/png' } });
};
