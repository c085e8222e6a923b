/**
 * Chart colours come from CSS custom properties (src/styles/charts.css), so light and dark
 * themes are defined in one place with the rest of the site's colours. Series also differ by
 * fill pattern and point shape, so colour never carries meaning alone.
 */
import type { PointStyle } from 'chart.js';

export interface Palette {
	series: string[];
	text: string;
	grid: string;
	threshold: string;
	background: string;
	font: string;
}

export function readPalette(element: Element): Palette {
	const style = getComputedStyle(element);
	const read = (name: string) => style.getPropertyValue(name).trim();
	return {
		series: [1, 2, 3, 4].map((i) => read(`--chart-series-${i}`)),
		text: read('--chart-text'),
		grid: read('--chart-grid'),
		threshold: read('--chart-threshold'),
		background: read('--chart-background'),
		font: style.fontFamily,
	};
}

export const pointStyles: PointStyle[] = ['circle', 'triangle', 'rect', 'rectRot', 'star', 'crossRot'];

/** Series 1 solid; series 2+ striped, dotted or cross-hatched in the series colour. */
export function seriesFill(ctx: CanvasRenderingContext2D, color: string, index: number, background: string): string | CanvasPattern {
	if (index === 0) return color;
	const size = 8;
	const tile = document.createElement('canvas');
	tile.width = tile.height = size;
	const t = tile.getContext('2d')!;
	t.fillStyle = background;
	t.fillRect(0, 0, size, size);
	t.strokeStyle = t.fillStyle = color;
	t.lineWidth = 2;
	if (index % 3 === 1) {
		t.beginPath();
		t.moveTo(0, size);
		t.lineTo(size, 0);
		t.moveTo(-2, 2);
		t.lineTo(2, -2);
		t.moveTo(size - 2, size + 2);
		t.lineTo(size + 2, size - 2);
		t.stroke();
	} else if (index % 3 === 2) {
		t.beginPath();
		t.arc(size / 2, size / 2, 2, 0, Math.PI * 2);
		t.fill();
	} else {
		t.strokeRect(1, 1, size - 2, size - 2);
	}
	return ctx.createPattern(tile, 'repeat') ?? color;
}
