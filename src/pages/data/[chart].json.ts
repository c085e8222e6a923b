/** /data/<chart-id>.json — the chart's metadata, values and full source citations, built at compile time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allRecords } from '../../lib/data/records.ts';
import { loadChartModel } from '../../lib/chart/load.ts';
import { downloadRows } from '../../lib/chart/downloads.ts';

export const getStaticPaths = (async () => (await allRecords('charts')).map(({ id }) => ({ params: { chart: id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const sources = new Map((await allRecords('sources')).map((s) => [s.id, s.data]));
	const model = await loadChartModel(params['chart']!, `/data/${params['chart']}.json`);
	const body = {
		id: model.id,
		title: model.title,
		subtitle: model.subtitle ?? null,
		takeaway: model.takeaway,
		as_of: model.asOf,
		rows: downloadRows(model, (id) => sources.get(id)?.url ?? ''),
		sources: model.sources.map((id) => ({ id, ...sources.get(id) })),
	};
	return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
