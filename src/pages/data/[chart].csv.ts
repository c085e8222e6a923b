/** /data/<chart-id>.csv — the chart's values with their records and sources, built at compile time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allRecords } from '../../lib/data/records.ts';
import { loadChartModel } from '../../lib/chart/load.ts';
import { downloadRows, toCsv } from '../../lib/chart/downloads.ts';

export const getStaticPaths = (async () => (await allRecords('charts')).map(({ id }) => ({ params: { chart: id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const sources = new Map((await allRecords('sources')).map((s) => [s.id, s.data.url]));
	const model = await loadChartModel(params['chart']!, `/data/${params['chart']}.csv`);
	return new Response(toCsv(downloadRows(model, (id) => sources.get(id) ?? '')), {
		headers: { 'content-type': 'text/csv; charset=utf-8' },
	});
};
