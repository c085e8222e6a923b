/**
 * ChartModel → Chart.js configuration: the one definition of how each chart looks. The browser
 * (render.ts) and the build-time image renderer (image.ts) both call it; only the canvas and the
 * palette's source differ.
 */
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	ScatterController,
	Tooltip,
	type ChartConfiguration,
	type ChartDataset,
	type ChartType,
	type Plugin,
	type TooltipItem,
} from 'chart.js';
import { hasProvisional, type CategoryModel, type ChartModel, type Datum, type ScatterModel, type SeriesStyle } from './model.ts';
import { drawPatternTile, type Palette, type TileContext } from './palette.ts';
import { formatQuantity } from '../format.ts';
import { basisWord, provisionalQualifier } from '../data/basis.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, ScatterController, Tooltip);

/** Options of the site's own plugins, typed where Chart.js reads them (`options.plugins.<id>`). */
export interface ValueLabelsOptions {
	palette: Palette;
	/** Text written at the end of each horizontal bar, per dataset and index ('' for none). */
	labels: string[][];
}
export interface ReferenceLinesOptions {
	palette: Palette;
	lines: ScatterModel['lines'];
}
export interface PointLabelsOptions {
	palette: Palette;
	/** The name beside each scatter point, by index. */
	labels: string[];
}

declare module 'chart.js' {
	// The type parameter must match Chart.js's declaration for the interfaces to merge.
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	interface PluginOptionsByType<TType extends ChartType> {
		valueLabels: ValueLabelsOptions;
		referenceLines: ReferenceLinesOptions;
		pointLabels: PointLabelsOptions;
	}
}

/** What differs between the browser and the build-time renderer. */
export interface ChartEnvironment {
	palette: Palette;
	/** Width of the drawing area in CSS pixels (narrow plots leave more room for bar labels). */
	width: number;
	animate: boolean;
	/** A repeating fill drawn by `draw` on a square tile of `size` pixels (null if the canvas cannot make one). */
	pattern(size: number, draw: (tile: TileContext) => void): CanvasPattern | null;
}

/** Values written at the end of each horizontal bar, so reading them needs no hover and no colour. */
const valueLabels: Plugin<'bar' | 'line', ValueLabelsOptions> = {
	id: 'valueLabels',
	afterDatasetsDraw(chart, _args, { palette, labels }) {
		if (chart.options.indexAxis !== 'y') return;
		const { ctx } = chart;
		ctx.save();
		ctx.font = `${palette.fontSize}px ${palette.font}`;
		ctx.fillStyle = palette.text;
		ctx.textBaseline = 'middle';
		chart.data.datasets.forEach((_dataset, di) => {
			const meta = chart.getDatasetMeta(di);
			if (meta.hidden) return;
			meta.data.forEach((bar, i) => {
				const text = labels[di]?.[i];
				if (!text) return;
				const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
				ctx.fillText(text, x + 4, y);
			});
		});
		ctx.restore();
	},
};

/** Rule thresholds as labelled dashed lines across a scatter plot. */
const referenceLines: Plugin<'scatter', ReferenceLinesOptions> = {
	id: 'referenceLines',
	afterDraw(chart, _args, { palette, lines }) {
		const { ctx, chartArea: area, scales } = chart;
		ctx.save();
		ctx.strokeStyle = palette.threshold;
		ctx.fillStyle = palette.threshold;
		ctx.setLineDash([6, 4]);
		ctx.font = `${palette.fontSize - 1}px ${palette.font}`;
		for (const line of lines) {
			const scale = line.axis === 'x' ? scales['x']! : scales['y']!;
			const at = scale.getPixelForValue(line.value);
			if (line.axis === 'x' && (at < area.left || at > area.right)) continue;
			if (line.axis === 'y' && (at < area.top || at > area.bottom)) continue;
			ctx.beginPath();
			if (line.axis === 'x') {
				ctx.moveTo(at, area.top);
				ctx.lineTo(at, area.bottom);
				ctx.stroke();
				ctx.save();
				ctx.translate(at - 4, area.top + 4);
				ctx.rotate(-Math.PI / 2);
				ctx.textAlign = 'right';
				ctx.fillText(line.label, 0, 0);
				ctx.restore();
			} else {
				ctx.moveTo(area.left, at);
				ctx.lineTo(area.right, at);
				ctx.stroke();
				ctx.textAlign = 'right';
				ctx.fillText(line.label, area.right - 4, at - 4);
			}
		}
		ctx.restore();
	},
};

/** Chip names beside scatter points (Chart.js has no data labels without a plugin). */
const pointLabels: Plugin<'scatter', PointLabelsOptions> = {
	id: 'pointLabels',
	afterDatasetsDraw(chart, _args, { palette, labels }) {
		const { ctx } = chart;
		ctx.save();
		ctx.font = `${palette.fontSize}px ${palette.font}`;
		ctx.fillStyle = palette.text;
		ctx.textBaseline = 'middle';
		// Chips with identical figures (e.g. H100 and H200) share one point: name them together.
		const groups = new Map<string, { x: number; y: number; labels: string[] }>();
		chart.data.datasets.forEach((_dataset, di) => {
			chart.getDatasetMeta(di).data.forEach((point, i) => {
				const label = labels[i];
				if (!label) return;
				const { x, y } = point.getProps(['x', 'y'], true) as { x: number; y: number };
				const key = `${Math.round(x)},${Math.round(y)}`;
				const group: { x: number; y: number; labels: string[] } = groups.get(key) ?? { x, y, labels: [] };
				group.labels.push(label);
				groups.set(key, group);
			});
		});
		const area = chart.chartArea;
		for (const { x, y, labels: names } of groups.values()) {
			const text = names.join(', ');
			const width = ctx.measureText(text).width;
			ctx.textAlign = 'left';
			// Beside the point if there is room, else above it, kept inside the plot.
			if (x + 8 + width <= area.right) ctx.fillText(text, x + 8, y);
			else if (x - 8 - width >= area.left) ctx.fillText(text, x - 8 - width, y);
			else ctx.fillText(text, Math.min(Math.max(x - width / 2, area.left + 2), area.right - width), Math.max(y - 12, area.top + 6));
		}
		ctx.restore();
	},
};

/** Room beyond the longest bar for its value label, as Chart.js `grace`. */
function valueGrace(narrow: boolean, provisional: boolean): string {
	if (narrow) return provisional ? '90%' : '50%';
	return provisional ? '40%' : '22%';
}

function axisOptions(palette: Palette, title: string) {
	return {
		title: { display: true, text: title, color: palette.text, font: { family: palette.font, size: palette.fontSize } },
		ticks: { color: palette.text, font: { family: palette.font, size: palette.fontSize } },
		grid: { color: palette.grid },
		border: { color: palette.grid },
	};
}

/** The series' colour in this palette. */
export const seriesColour = (palette: Palette, style: SeriesStyle): string => palette.series[style.colour - 1]!;

/** The bar fill of a series: its colour, or its pattern drawn in its colour over the background. */
function seriesFill(env: ChartEnvironment, style: SeriesStyle): string | CanvasPattern {
	const colour = seriesColour(env.palette, style);
	if (style.pattern === 'solid') return colour;
	return env.pattern(8, (tile) => drawPatternTile(tile, style.pattern, colour, env.palette.background, 8)) ?? colour;
}

/** The words beside a bar: its value, and its basis when it is a promise or a guess. */
function barLabel(datum: Datum | null): string {
	if (!datum) return '';
	// A roadmap figure, vendor claim or estimate says so in words, not only by its outline.
	const word = provisionalQualifier(datum.basis, datum.provisional);
	return `${formatQuantity(datum.value, datum.unit)}${word ? ` (${word})` : ''}`;
}

function categoryConfig(model: CategoryModel, env: ChartEnvironment): ChartConfiguration<'bar' | 'line'> {
	const { palette } = env;
	const valueAxis = model.horizontal ? 'x' : 'y';
	const categoryAxis = model.horizontal ? 'y' : 'x';
	const datasets = model.series.map((series): ChartDataset<'bar' | 'line', (number | null)[]> => {
		const colour = seriesColour(palette, series.style);
		const common = { label: series.label, data: series.data.map((d) => d?.value ?? null) };
		if (model.type === 'line')
			return {
				...common,
				type: 'line',
				borderColor: colour,
				backgroundColor: colour,
				pointStyle: series.style.point,
				pointRadius: 5,
				borderDash: series.style.dash === 'dashed' ? [6, 3] : [],
				spanGaps: true,
			};
		const fill = seriesFill(env, series.style);
		return {
			...common,
			type: 'bar',
			// Provisional figures (roadmap, vendor claim, estimate) are drawn outlined, not filled.
			backgroundColor: series.data.map((d) => (d?.provisional ? palette.background : fill)),
			borderColor: colour,
			borderWidth: series.data.map((d) => (d?.provisional ? 2.5 : 1.5)),
		};
	});
	const axis = axisOptions(palette, model.categoryAxis);
	return {
		type: model.type,
		data: { labels: model.categories, datasets },
		options: {
			indexAxis: model.horizontal ? 'y' : 'x',
			maintainAspectRatio: false,
			animation: env.animate ? { duration: 400 } : false,
			scales: {
				// Horizontal bars carry their value at the end: leave room for it inside the plot.
				// Labels of provisional bars carry a word ("roadmap"), so they need more room.
				[valueAxis]: {
					...axisOptions(palette, model.valueAxis),
					beginAtZero: true,
					grace: model.horizontal ? valueGrace(env.width < 520, hasProvisional(model)) : 0,
				},
				// Horizontal labels, thinned out on narrow screens (the table lists every one).
				[categoryAxis]: { ...axis, title: { display: false }, ticks: { ...axis.ticks, maxRotation: 0, autoSkip: true, autoSkipPadding: 10 } },
			},
			plugins: {
				// The legend is HTML (ChartLegend.astro), so it wraps and needs no colour to read.
				legend: { display: false },
				tooltip: {
					callbacks: {
						label: (item: TooltipItem<'bar' | 'line'>) => {
							const datum = model.series[item.datasetIndex]?.data[item.dataIndex];
							const qualifier = basisWord(datum?.basis);
							return datum
								? `${item.dataset.label}: ${formatQuantity(datum.value, datum.unit)}${qualifier && qualifier !== 'reported' ? ` (${qualifier})` : ''}`
								: `${item.dataset.label}: no figure`;
						},
					},
				},
				valueLabels: { palette, labels: model.horizontal ? model.series.map((s) => s.data.map(barLabel)) : [] },
			},
		},
		plugins: [valueLabels],
	};
}

function scatterConfig(model: ScatterModel, env: ChartEnvironment): ChartConfiguration<'scatter'> {
	const { palette } = env;
	const colour = (p: ScatterModel['points'][number]) => seriesColour(palette, p.style);
	return {
		type: 'scatter',
		data: {
			datasets: [
				{
					label: 'Chips',
					data: model.points.map((p) => ({ x: p.x.value, y: p.y.value })),
					// Chips placed from roadmap figures or claims are hollow points.
					backgroundColor: model.points.map((p) => (p.x.provisional ? palette.background : colour(p))),
					borderColor: model.points.map(colour),
					borderWidth: 2,
					pointStyle: model.points.map((p) => p.style.point),
					pointRadius: 6,
					pointHoverRadius: 8,
				},
			],
		},
		options: {
			maintainAspectRatio: false,
			animation: env.animate ? { duration: 400 } : false,
			scales: {
				x: { ...axisOptions(palette, model.xAxis), beginAtZero: true, grace: '8%' },
				y: { ...axisOptions(palette, model.yAxis), beginAtZero: true, grace: '8%' },
			},
			plugins: {
				legend: { display: false },
				tooltip: {
					callbacks: {
						label: (item: TooltipItem<'scatter'>) => {
							const p = model.points[item.dataIndex]!;
							return `${p.label}: TPP ${formatQuantity(p.x.value, '', 0)}, density ${formatQuantity(p.y.value, '', 2)}`;
						},
					},
				},
				referenceLines: { palette, lines: model.lines },
				pointLabels: { palette, labels: model.points.map((p) => p.label) },
			},
		},
		plugins: [referenceLines, pointLabels],
	};
}

/** Draws the model on a canvas context: the same Chart.js configuration in the browser and at build time. */
export function drawChart(
	ctx: CanvasRenderingContext2D,
	model: ChartModel,
	env: ChartEnvironment,
	extra: { devicePixelRatio?: number; responsive?: boolean } = {},
): Pick<Chart, 'destroy'> {
	const options = { ...extra };
	if (model.type === 'scatter') {
		const config = scatterConfig(model, env);
		return new Chart(ctx, { ...config, options: { ...config.options, ...options } });
	}
	const config = categoryConfig(model, env);
	return new Chart(ctx, { ...config, options: { ...config.options, ...options } });
}
