/**
 * Chart records → one serialisable model. The figure's table, the Chart.js canvas, and the
 * CSV/JSON downloads are all views of this model, so they cannot disagree.
 */
import type { ChartSpec, Chip, ChipField, Series } from '../data/schemas.ts';
import { chipFieldExactUnit, chipFieldFigure, chipFieldLabel, precisionLabel } from '../data/chip-fields.ts';
import { chipMetrics, metricInfo, roundTo } from '../export-control/metrics.ts';
import { tppDensityLines } from '../export-control/wording.ts';
import { isProvisional } from '../data/basis.ts';

/** One value with where it came from. */
export interface Datum {
	value: number;
	unit: string;
	sources: string[];
	basis: string;
	/** A roadmap figure, vendor claim or estimate, or derived from one: drawn outlined and labelled. */
	provisional: boolean;
	note?: string | undefined;
}

/** How a series is told apart without colour alone: assigned once here, read by the canvas and the legend. */
export type SeriesPattern = 'solid' | 'diagonal' | 'dots' | 'grid';
export type SeriesPoint = 'circle' | 'triangle' | 'rect' | 'rectRot' | 'star' | 'crossRot';
export interface SeriesStyle {
	/** Which of the theme's series colours (`--chart-series-<colour>` in src/styles/charts.css). */
	colour: 1 | 2 | 3 | 4;
	/** Bar fill. */
	pattern: SeriesPattern;
	/** Line-chart point marker (and scatter marker). */
	point: SeriesPoint;
	/** Line-chart stroke. */
	dash: 'solid' | 'dashed';
}

const colours = [1, 2, 3, 4] as const;
const patterns: readonly SeriesPattern[] = ['diagonal', 'dots', 'grid'];
const points: readonly SeriesPoint[] = ['circle', 'triangle', 'rect', 'rectRot', 'star', 'crossRot'];

/**
 * The style of the series at `index`: colours cycle through four, points through six shapes, and
 * the first series is solid while the rest cycle through three fills, so no two of the first six
 * series look alike even in greyscale.
 */
export function seriesStyle(index: number): SeriesStyle {
	return {
		colour: colours[index % colours.length]!,
		pattern: index === 0 ? 'solid' : patterns[(index - 1) % patterns.length]!,
		point: points[index % points.length]!,
		dash: index % 2 ? 'dashed' : 'solid',
	};
}

export interface CategoryModel {
	type: 'bar' | 'line';
	horizontal: boolean;
	/** Axis title for the values, with the unit. */
	valueAxis: string;
	/** Axis title for the categories (chips or periods). */
	categoryAxis: string;
	categories: string[];
	/** Record id behind each category (chip id or series id + label), for the downloads. */
	categoryIds: string[];
	series: { label: string; style: SeriesStyle; data: (Datum | null)[] }[];
}

export interface ScatterModel {
	type: 'scatter';
	xAxis: string;
	yAxis: string;
	/** One series of points, each with its own marker (`style.point`) so neighbours are told apart. */
	points: { id: string; label: string; style: SeriesStyle; x: Datum; y: Datum }[];
	/** Reference lines (rule thresholds), drawn across the plot. */
	lines: { axis: 'x' | 'y'; value: number; label: string }[];
}

export type ChartModel = (CategoryModel | ScatterModel) & {
	id: string;
	title: string;
	subtitle?: string | undefined;
	takeaway: string;
	asOf: string;
	/** Every source id behind the chart, in first-use order. */
	sources: string[];
};

export interface ChartRecords {
	chips: Map<string, Chip>;
	series: Map<string, Series>;
}

export function buildChartModel(id: string, spec: ChartSpec, records: ChartRecords): ChartModel {
	const base = { id, title: spec.title, subtitle: spec.subtitle, takeaway: spec.takeaway, asOf: spec.asOf };
	const body = buildBody(spec.data, records, id);
	return { ...base, ...body, sources: collectSources(body) };
}

function need<T>(map: Map<string, T>, id: string, kind: string, chart: string): T {
	const record = map.get(id);
	if (!record) throw new Error(`chart "${chart}" names unknown ${kind} "${id}": add content/data/${kind}/${id}.json or fix content/data/charts/${chart}.json`);
	return record;
}

function buildBody(data: ChartSpec['data'], records: ChartRecords, chart: string): CategoryModel | ScatterModel {
	switch (data.kind) {
		case 'chip-bars': {
			const chips = data.chips.map((c) => need(records.chips, c, 'chips', chart));
			const units = new Set(data.fields.map(chipFieldExactUnit));
			return {
				type: 'bar',
				horizontal: data.horizontal,
				valueAxis: data.fields.length === 1 ? `${chipFieldLabel(data.fields[0]!)} (${[...units].join('/')})` : [...units].join(' / '),
				categoryAxis: 'Chip',
				categories: chips.map((c) => c.name),
				categoryIds: data.chips,
				series: data.fields.map((field: ChipField, i) => ({
					label: data.fields.length === 1 ? chipFieldLabel(field) : `${chipFieldLabel(field)} (${chipFieldExactUnit(field)})`,
					style: seriesStyle(i),
					data: chips.map((chip) => {
						const figure = chipFieldFigure(chip, field);
						return figure
							? {
									value: figure.value,
									unit: figure.unit,
									sources: [figure.source],
									basis: figure.basis,
									provisional: isProvisional(figure.basis),
									note: figure.note,
								}
							: null;
					}),
				})),
			};
		}
		case 'series': {
			const series = data.series.map((s) => need(records.series, s, 'series', chart));
			// Categories are the union of period labels, ordered by date.
			const byLabel = new Map<string, string>();
			for (const s of series) for (const p of s.points) if (!byLabel.has(p.label)) byLabel.set(p.label, p.date);
			const categories = [...byLabel].sort((a, b) => a[1].localeCompare(b[1])).map(([label]) => label);
			const unit = series[0]!.unit;
			return {
				type: data.style,
				horizontal: false,
				valueAxis: unit,
				categoryAxis: 'Period',
				categories,
				categoryIds: categories,
				series: series.map((s, i) => ({
					label: s.title,
					style: seriesStyle(i),
					data: categories.map((label) => {
						const point = s.points.find((p) => p.label === label);
						return point
							? { value: point.value, unit: s.unit, sources: [point.source], basis: point.basis, provisional: isProvisional(point.basis), note: point.note }
							: null;
					}),
				})),
			};
		}
		case 'tpp-density': {
			const points = data.chips.map((id, i) => {
				const chip = need(records.chips, id, 'chips', chart);
				const { tpp, density } = chipMetrics(chip);
				if (!tpp) throw new Error(`chart "${chart}": chip "${id}" has no dense throughput figure; add one or remove the chip`);
				if (!density) throw new Error(`chart "${chart}": chip "${id}" has no dieArea; add one or remove the chip`);
				const provisional = density.provisional;
				// One series: every point in the first colour, each with its own marker.
				return {
					id,
					label: chip.name,
					style: { ...seriesStyle(0), point: seriesStyle(i).point },
					x: {
						value: tpp.value,
						unit: '',
						sources: tpp.sources,
						basis: 'derived',
						provisional,
						note: `${precisionLabel(tpp.precision)} dense throughput × bit length`,
					},
					y: {
						value: roundTo(density.value, metricInfo.density.digits),
						unit: '',
						sources: density.sources,
						basis: 'derived',
						provisional,
						note: `TPP ÷ ${density.dieArea} mm² die area`,
					},
				};
			});
			return {
				type: 'scatter',
				xAxis: 'Total Processing Performance (TPP)',
				yAxis: 'Performance density (TPP per mm²)',
				points,
				lines: tppDensityLines(),
			};
		}
		case 'ridge-point': {
			const precision = data.precision;
			const chips = data.chips.map((c) => need(records.chips, c, 'chips', chart));
			return {
				type: 'bar',
				horizontal: true,
				valueAxis: `FLOP per byte of memory traffic (${precisionLabel(precision)})`,
				categoryAxis: 'Chip',
				categories: chips.map((c) => c.name),
				categoryIds: data.chips,
				series: [
					{
						label: 'Compute ÷ memory bandwidth',
						style: seriesStyle(0),
						data: chips.map((chip) => {
							const ratio = chipMetrics(chip).flopPerByte[precision];
							if (!ratio) return null;
							return {
								value: roundTo(ratio.value, metricInfo.flopPerByte.digits),
								unit: 'FLOP/byte',
								sources: ratio.sources,
								basis: 'derived',
								provisional: ratio.provisional,
								note: `${ratio.throughput} TFLOPS ÷ ${ratio.bandwidth} TB/s`,
							};
						}),
					},
				],
			};
		}
	}
}

function collectSources(body: CategoryModel | ScatterModel): string[] {
	const ids: string[] = [];
	const add = (d: Datum | null) => d?.sources.forEach((s) => ids.includes(s) || ids.push(s));
	if (body.type === 'scatter') body.points.forEach((p) => (add(p.x), add(p.y)));
	else body.series.forEach((s) => s.data.forEach(add));
	return ids;
}

/** True when any value in the chart is a roadmap figure, vendor claim or estimate (or derived from one). */
export function hasProvisional(model: CategoryModel | ScatterModel): boolean {
	return model.type === 'scatter' ? model.points.some((p) => p.x.provisional || p.y.provisional) : model.series.some((s) => s.data.some((d) => d?.provisional));
}

/** Bar and line charts get an HTML legend when they have several series or outlined (provisional) bars. */
export function needsLegend(model: ChartModel): model is CategoryModel & ChartModel {
	return model.type !== 'scatter' && (model.series.length > 1 || (model.type === 'bar' && hasProvisional(model)));
}
