/**
 * Client-side Chart.js rendering of a ChartModel. Loaded with a dynamic import only when a
 * chart nears the viewport, and registers only the controllers and elements the site uses.
 */
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	ScatterController,
	Tooltip,
	type ChartConfiguration,
	type ChartDataset,
	type Plugin,
	type TooltipItem,
} from 'chart.js';
import { hasProvisional, type CategoryModel, type ChartModel, type Datum, type ScatterModel } from './model.ts';
import { readPalette, seriesFill, pointStyles, type Palette } from './palette.ts';
import { formatQuantity } from '../format.ts';
import { basisWord, provisionalQualifier } from '../data/basis.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, ScatterController, Tooltip, Legend);

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Values written at the end of each horizontal bar, so reading them needs no hover and no colour. */
const valueLabels: Plugin<'bar'> = {
	id: 'valueLabels',
	afterDatasetsDraw(chart) {
		const { ctx } = chart;
		const palette = (chart.options.plugins as { palette?: Palette }).palette;
		if (!palette || !(chart.options.indexAxis === 'y')) return;
		ctx.save();
		ctx.font = `12px ${palette.font}`;
		ctx.fillStyle = palette.text;
		ctx.textBaseline = 'middle';
		chart.data.datasets.forEach((dataset, di) => {
			const meta = chart.getDatasetMeta(di);
			if (meta.hidden) return;
			meta.data.forEach((bar, i) => {
				const datum = (dataset as unknown as { datums: (Datum | null)[] }).datums[i];
				if (!datum) return;
				const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
				// A roadmap figure, vendor claim or estimate says so in words, not only by its outline.
				const word = provisionalQualifier(datum.basis, datum.provisional);
				const qualifier = word ? ` (${word})` : '';
				ctx.fillText(`${formatQuantity(datum.value, datum.unit)}${qualifier}`, x + 4, y);
			});
		});
		ctx.restore();
	},
};

/** Rule thresholds as labelled dashed lines across a scatter plot. */
const referenceLines: Plugin<'scatter'> = {
	id: 'referenceLines',
	afterDraw(chart) {
		const lines = (chart.options.plugins as { lines?: ScatterModel['lines'] }).lines;
		const palette = (chart.options.plugins as { palette?: Palette }).palette;
		if (!lines || !palette) return;
		const { ctx, chartArea: area, scales } = chart;
		ctx.save();
		ctx.strokeStyle = palette.threshold;
		ctx.fillStyle = palette.threshold;
		ctx.setLineDash([6, 4]);
		ctx.font = `11px ${palette.font}`;
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
const pointLabels: Plugin<'scatter'> = {
	id: 'pointLabels',
	afterDatasetsDraw(chart) {
		const palette = (chart.options.plugins as { palette?: Palette }).palette;
		if (!palette) return;
		const { ctx } = chart;
		ctx.save();
		ctx.font = `12px ${palette.font}`;
		ctx.fillStyle = palette.text;
		ctx.textBaseline = 'middle';
		// Chips with identical figures (e.g. H100 and H200) share one point: name them together.
		const groups = new Map<string, { x: number; y: number; labels: string[] }>();
		chart.data.datasets.forEach((dataset, di) => {
			chart.getDatasetMeta(di).data.forEach((point, i) => {
				const label = (dataset.data[i] as { label?: string } | undefined)?.label;
				if (!label) return;
				const { x, y } = point.getProps(['x', 'y'], true) as { x: number; y: number };
				const key = `${Math.round(x)},${Math.round(y)}`;
				const group = groups.get(key) ?? { x, y, labels: [] };
				group.labels.push(label);
				groups.set(key, group);
			});
		});
		const area = chart.chartArea;
		for (const { x, y, labels } of groups.values()) {
			const text = labels.join(', ');
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
		title: { display: true, text: title, color: palette.text, font: { family: palette.font, size: 12 } },
		ticks: { color: palette.text, font: { family: palette.font, size: 12 } },
		grid: { color: palette.grid },
		border: { color: palette.grid },
	};
}

function categoryConfig(model: CategoryModel, palette: Palette, ctx: CanvasRenderingContext2D): ChartConfiguration {
	const valueAxis = model.horizontal ? 'x' : 'y';
	const categoryAxis = model.horizontal ? 'y' : 'x';
	const datasets = model.series.map((series, i): ChartDataset & { datums: (Datum | null)[] } => {
		const color = palette.series[i % palette.series.length]!;
		const common = { label: series.label, data: series.data.map((d) => d?.value ?? null), datums: series.data };
		return model.type === 'line'
			? { ...common, borderColor: color, backgroundColor: color, pointStyle: pointStyles[i % pointStyles.length], pointRadius: 5, borderDash: i % 2 ? [6, 3] : [], spanGaps: true }
			: {
					...common,
					// Provisional figures (roadmap, vendor claim, estimate) are drawn outlined, not filled.
					backgroundColor: series.data.map((d) => (d?.provisional ? palette.background : seriesFill(ctx, color, i, palette.background))),
					borderColor: color,
					borderWidth: series.data.map((d) => (d?.provisional ? 2.5 : 1.5)),
				};
	});
	return {
		type: model.type,
		data: { labels: model.categories, datasets },
		options: {
			indexAxis: model.horizontal ? 'y' : 'x',
			maintainAspectRatio: false,
			animation: reducedMotion() ? false : { duration: 400 },
			scales: {
				// Horizontal bars carry their value at the end: leave room for it inside the plot.
				// Labels of provisional bars carry a word ("roadmap"), so they need more room.
				[valueAxis]: { ...axisOptions(palette, model.valueAxis), beginAtZero: true, grace: model.horizontal ? valueGrace(ctx.canvas.clientWidth < 520, hasProvisional(model)) : 0 },
				// Horizontal labels, thinned out on narrow screens (the table lists every one).
				[categoryAxis]: {
					...axisOptions(palette, model.categoryAxis),
					title: { display: false },
					ticks: { ...axisOptions(palette, model.categoryAxis).ticks, maxRotation: 0, autoSkip: true, autoSkipPadding: 10 },
				},
			},
			plugins: {
				// The legend is HTML (ChartLegend.astro), so it wraps and needs no colour to read.
				legend: { display: false },
				tooltip: {
					callbacks: {
						label: (item: TooltipItem<'bar' | 'line'>) => {
							const datum = (item.dataset as unknown as { datums: (Datum | null)[] }).datums[item.dataIndex];
							const qualifier = basisWord(datum?.basis);
							return datum ? `${item.dataset.label}: ${formatQuantity(datum.value, datum.unit)}${qualifier && qualifier !== 'reported' ? ` (${qualifier})` : ''}` : `${item.dataset.label}: no figure`;
						},
					},
				},
				palette,
			} as never,
		},
		plugins: [valueLabels as Plugin],
	};
}

function scatterConfig(model: ScatterModel, palette: Palette): ChartConfiguration {
	return {
		type: 'scatter',
		data: {
			datasets: [
				{
					label: 'Chips',
					data: model.points.map((p) => ({ x: p.x.value, y: p.y.value, label: p.label })),
					// Chips placed from roadmap figures or claims are hollow points.
					backgroundColor: model.points.map((p) => (p.x.provisional ? palette.background : palette.series[0]!)),
					borderColor: palette.series[0],
					borderWidth: 2,
					pointStyle: model.points.map((_, i) => pointStyles[i % pointStyles.length]!),
					pointRadius: 6,
					pointHoverRadius: 8,
				},
			],
		},
		options: {
			maintainAspectRatio: false,
			animation: reducedMotion() ? false : { duration: 400 },
			scales: { x: { ...axisOptions(palette, model.xAxis), beginAtZero: true, grace: '8%' }, y: { ...axisOptions(palette, model.yAxis), beginAtZero: true, grace: '8%' } },
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
				palette,
				lines: model.lines,
			} as never,
		},
		plugins: [referenceLines as Plugin, pointLabels as Plugin],
	};
}

export interface RenderedChart {
	/** Re-reads the theme's colours (after a light/dark switch or for printing) and redraws. */
	retheme(): void;
	destroy(): void;
}

export function renderChart(canvas: HTMLCanvasElement, model: ChartModel): RenderedChart {
	const ctx = canvas.getContext('2d')!;
	const configFor = (palette: Palette) => (model.type === 'scatter' ? scatterConfig(model, palette) : categoryConfig(model, palette, ctx));
	let chart = new Chart(canvas, configFor(readPalette(canvas)));
	return {
		retheme() {
			// Colours live in options, datasets and patterns; rebuilding is simpler and as fast at this size.
			chart.destroy();
			const config = configFor(readPalette(canvas));
			(config.options as { animation?: unknown }).animation = false;
			chart = new Chart(canvas, config);
		},
		destroy: () => chart.destroy(),
	};
}
