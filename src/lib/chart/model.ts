/**
 * Chart records → one serialisable model. The figure's table, the Chart.js canvas, and the
 * CSV/JSON downloads are all views of this model, so they cannot disagree.
 */
import type { ChartSpec, Chip, ChipField, Series } from '../data/schemas.ts';
import { chipFieldExactUnit, chipFieldFigure, chipFieldLabel } from '../data/chip-fields.ts';
import { metricsFromChip, performanceDensity, totalProcessingPerformance } from '../export-control/metrics.ts';
import { rule2022, rule2023 } from '../export-control/thresholds.ts';
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
				valueAxis: data.fields.length === 1 ? `${chipFieldLabel[data.fields[0]!]} (${[...units].join('/')})` : [...units].join(' / '),
				categoryAxis: 'Chip',
				categories: chips.map((c) => c.name),
				categoryIds: data.chips,
				series: data.fields.map((field: ChipField, i) => ({
					label: data.fields.length === 1 ? chipFieldLabel[field] : `${chipFieldLabel[field]} (${chipFieldExactUnit(field)})`,
					style: seriesStyle(i),
					data: chips.map((chip) => {
						const figure = chipFieldFigure(chip, field);
						return figure ? { value: figure.value, unit: figure.unit, sources: [figure.source], basis: figure.basis, provisional: isProvisional(figure.basis), note: figure.note } : null;
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
						return point ? { value: point.value, unit: s.unit, sources: [point.source], basis: point.basis, provisional: isProvisional(point.basis), note: point.note } : null;
					}),
				})),
			};
		}
		case 'tpp-density': {
			const points = data.chips.map((id, i) => {
				const chip = need(records.chips, id, 'chips', chart);
				const metrics = metricsFromChip(chip);
				const tpp = totalProcessingPerformance(metrics.throughput);
				const dieArea = chip.dieArea;
				if (!dieArea) throw new Error(`chart "${chart}": chip "${id}" has no dieArea; add one or remove the chip`);
				const tppSources = [metrics.sources.throughput[tpp.precision]!];
				const provisional = isProvisional(chip.throughput[tpp.precision]?.basis) || isProvisional(dieArea.basis);
				// One series: every point in the first colour, each with its own marker.
				return {
					id,
					label: chip.name,
					style: { ...seriesStyle(0), point: seriesStyle(i).point },
					x: { value: tpp.tpp, unit: '', sources: tppSources, basis: 'derived', provisional, note: `${tpp.precision.toUpperCase()} dense throughput × bit length` },
					y: {
						value: Math.round(performanceDensity(tpp.tpp, dieArea.value) * 100) / 100,
						unit: '',
						sources: [...tppSources, dieArea.source],
						basis: 'derived',
						provisional,
						note: `TPP ÷ ${dieArea.value} mm² die area`,
					},
				};
			});
			return {
				type: 'scatter',
				xAxis: 'Total Processing Performance (TPP)',
				yAxis: 'Performance density (TPP per mm²)',
				points,
				lines: [
					{ axis: 'x', value: rule2022.minTpp, label: 'TPP 4,800: 3A090 (2022) and 3A090.a (2023)' },
					{ axis: 'x', value: rule2023.a2.minTpp, label: 'TPP 1,600' },
					{ axis: 'y', value: rule2023.a2.minDensity, label: 'Density 5.92 (3A090.a, 2023)' },
					{ axis: 'y', value: rule2023.b2.minDensity, label: 'Density 3.2 (3A090.b)' },
				],
			};
		}
		case 'ridge-point': {
			const precision = data.precision;
			const chips = data.chips.map((c) => need(records.chips, c, 'chips', chart));
			return {
				type: 'bar',
				horizontal: true,
				valueAxis: `FLOP per byte of memory traffic (${precision === 'fp16' ? 'BF16/FP16' : 'FP8'})`,
				categoryAxis: 'Chip',
				categories: chips.map((c) => c.name),
				categoryIds: data.chips,
				series: [
					{
						label: 'Compute ÷ memory bandwidth',
						style: seriesStyle(0),
						data: chips.map((chip) => {
							const compute = chip.throughput[precision];
							const bandwidth = chip.memoryBandwidth;
							if (!compute || !bandwidth) return null;
							// TFLOPS ÷ TB/s = FLOP per byte.
							return {
								value: Math.round(compute.value / bandwidth.value),
								unit: 'FLOP/byte',
								sources: [compute.source, bandwidth.source],
								basis: 'derived',
								provisional: isProvisional(compute.basis) || isProvisional(bandwidth.basis),
								note: `${compute.value} TFLOPS ÷ ${bandwidth.value} TB/s`,
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

/** The plot's height in CSS pixels for a page width of about 700 px: horizontal bars grow with their rows. */
export function plotHeight(model: ChartModel): number {
	if (model.type === 'scatter') return 420;
	if (model.type === 'bar' && model.horizontal) {
		const rows = model.categories.length * model.series.length;
		return Math.max(200, 70 + rows * 22 + model.categories.length * 8);
	}
	return 340;
}
