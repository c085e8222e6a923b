/**
 * The height reserved for a chart's canvas in the HTML, so nothing moves when Chart.js draws into it
 * (no layout shift). Heights come in steps, each with a rule in src/styles/charts.css
 * (`.chart-canvas[data-height='…']`): a class-like attribute instead of a `style` attribute keeps the
 * Content-Security-Policy free of inline styles. Chart.js fills whatever height the box has.
 */
import type { ChartModel } from './model.ts';

export const canvasHeightStep = 20;
export const canvasHeightMin = 200;
export const canvasHeightMax = 800;

/** Every height canvasHeight() can return, smallest first. */
export const canvasHeights: readonly number[] = Array.from(
	{ length: (canvasHeightMax - canvasHeightMin) / canvasHeightStep + 1 },
	(_, i) => canvasHeightMin + i * canvasHeightStep,
);

export function canvasHeight(model: ChartModel): number {
	if (model.type === 'scatter') return 420;
	if (model.type !== 'bar' || !model.horizontal) return 340;
	// A horizontal bar chart grows with its bars: one row per category and series, plus the axes.
	const rows = model.categories.length * model.series.length;
	const wanted = 70 + rows * 22 + model.categories.length * 8;
	const stepped = Math.ceil(wanted / canvasHeightStep) * canvasHeightStep;
	return Math.min(canvasHeightMax, Math.max(canvasHeightMin, stepped));
}
