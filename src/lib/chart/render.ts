/**
 * Client-side Chart.js rendering of a ChartModel. Loaded with a dynamic import only when a
 * chart nears the viewport; the configuration itself is config.ts, shared with the build-time images.
 */
import type { ChartModel } from './model.ts';
import { drawChart, type ChartEnvironment } from './config.ts';
import { readPalette } from './palette.ts';

export interface RenderedChart {
	/** Re-reads the theme's colours (after a light/dark switch or for printing) and redraws. */
	retheme(): void;
	destroy(): void;
}

function browserEnvironment(canvas: HTMLCanvasElement, animate: boolean): ChartEnvironment {
	return {
		palette: readPalette(canvas),
		width: canvas.clientWidth,
		animate: animate && !window.matchMedia('(prefers-reduced-motion: reduce)').matches,
		pattern(size, draw) {
			const tile = document.createElement('canvas');
			tile.width = tile.height = size;
			const t = tile.getContext('2d');
			if (!t) return null;
			draw(t);
			return canvas.getContext('2d')?.createPattern(tile, 'repeat') ?? null;
		},
	};
}

export function renderChart(canvas: HTMLCanvasElement, model: ChartModel): RenderedChart {
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('chart: this browser gives no 2D canvas context');
	let chart = drawChart(ctx, model, browserEnvironment(canvas, true));
	return {
		retheme() {
			// Colours live in options, datasets and patterns; rebuilding is simpler and as fast at this size.
			chart.destroy();
			chart = drawChart(ctx, model, browserEnvironment(canvas, false));
		},
		destroy: () => chart.destroy(),
	};
}
