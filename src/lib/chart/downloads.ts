/**
 * The chart downloads: one flat row per value, with the record it came from and its sources,
 * so a reader can check every number in a spreadsheet. CSV follows RFC 4180.
 */
import type { ChartModel, Datum } from './model.ts';

export interface DownloadRow {
	chart: string;
	item: string;
	item_id: string;
	measure: string;
	value: number;
	unit: string;
	basis: string;
	note: string;
	source_ids: string;
	source_urls: string;
}

export function downloadRows(model: ChartModel, sourceUrl: (id: string) => string): DownloadRow[] {
	const row = (item: string, itemId: string, measure: string, d: Datum): DownloadRow => ({
		chart: model.id,
		item,
		item_id: itemId,
		measure,
		value: d.value,
		unit: d.unit,
		basis: d.basis,
		note: d.note ?? '',
		source_ids: d.sources.join(' '),
		source_urls: d.sources.map(sourceUrl).join(' '),
	});
	if (model.type === 'scatter') return model.points.flatMap((p) => [row(p.label, p.id, model.xAxis, p.x), row(p.label, p.id, model.yAxis, p.y)]);
	return model.series.flatMap((s) => s.data.flatMap((d, i) => (d ? [row(model.categories[i]!, model.categoryIds[i]!, s.label, d)] : [])));
}

const columns: (keyof DownloadRow)[] = ['chart', 'item', 'item_id', 'measure', 'value', 'unit', 'basis', 'note', 'source_ids', 'source_urls'];

export function toCsv(rows: DownloadRow[]): string {
	const escape = (value: string | number) => {
		const text = String(value);
		return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
	};
	return [columns.join(','), ...rows.map((r) => columns.map((c) => escape(r[c])).join(','))].join('\r\n') + '\r\n';
}
