/**
 * Every value seen, by the source that gave it: the figures a chip or series record takes from a
 * source, as the record's value or as an alternative. The Sources page lists them under each source,
 * so a reader can see every value any source gave, including those the pages do not show.
 */
import type { Dataset } from './validate.ts';
import { figuresOf } from './validate.ts';
import { chipFieldLabel, isChipField } from './chip-fields.ts';
import { formatQuantity } from '../format.ts';

export interface SourcedValue {
	/** "H200 SXM · Memory capacity" or "NVIDIA revenue from China · FY2025". */
	what: string;
	/** "141 GB". */
	value: string;
	/** True when the record shows another source's value and lists this one as an alternative. */
	alternative: boolean;
}

const fieldLabel = (field: string) => (isChipField(field) ? chipFieldLabel(field) : field);

export function figuresBySource(data: Dataset): Map<string, SourcedValue[]> {
	const out = new Map<string, SourcedValue[]>();
	const add = (source: string, value: SourcedValue) => {
		const list = out.get(source);
		if (list) list.push(value);
		else out.set(source, [value]);
	};
	const show = (value: number | string, unit: string | undefined) => (typeof value === 'number' ? formatQuantity(value, unit ?? '') : value);
	for (const [, chip] of [...data.chips].sort(([a], [b]) => a.localeCompare(b))) {
		for (const [field, figure] of figuresOf(chip)) {
			const f = figure as { value: number | string; unit?: string; source: string; alternatives?: { value: number | string; source: string }[] };
			const what = `${chip.name} · ${fieldLabel(field)}`;
			add(f.source, { what, value: show(f.value, f.unit), alternative: false });
			f.alternatives?.forEach((alt) => add(alt.source, { what, value: show(alt.value, f.unit), alternative: true }));
		}
	}
	for (const [, series] of [...data.series].sort(([a], [b]) => a.localeCompare(b))) {
		for (const point of series.points) {
			const what = `${series.title} · ${point.label}`;
			add(point.source, { what, value: formatQuantity(point.value, series.unit), alternative: false });
			point.alternatives?.forEach((alt) => add(alt.source, { what, value: formatQuantity(alt.value, series.unit), alternative: true }));
		}
	}
	return out;
}
