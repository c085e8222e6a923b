/** Builds a chart model from the content collections (server side only). */
import { allRecords, requireRecord } from '../data/records.ts';
import type { Chip, Series } from '../data/schemas.ts';
import { buildChartModel, type ChartModel } from './model.ts';

let records: Promise<{ chips: Map<string, Chip>; series: Map<string, Series> }> | undefined;

function loadRecords() {
	records ??= Promise.all([allRecords('chips'), allRecords('series')]).then(([chips, series]) => ({
		chips: new Map(chips.map((c) => [c.id, c.data])),
		series: new Map(series.map((s) => [s.id, s.data])),
	}));
	return records;
}

export async function loadChartModel(id: string, usedIn: string): Promise<ChartModel> {
	const spec = await requireRecord('charts', id, usedIn);
	return buildChartModel(id, spec, await loadRecords());
}
