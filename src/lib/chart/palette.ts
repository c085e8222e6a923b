/**
 * Chart colours come from CSS custom properties (src/styles/charts.css), so light and dark
 * themes are defined in one place with the rest of the site's colours. Series also differ by
 * fill pattern and point shape (assigned in model.ts), so colour never carries meaning alone.
 */
import type { SeriesPattern } from './model.ts';

export interface Palette {
	/** The four series colours, `--chart-series-1` … `-4`. */
	series: string[];
	text: string;
	grid: string;
	threshold: string;
	background: string;
	font: string;
	/** Size of axis and label text in CSS pixels (larger in images meant for slides). */
	fontSize: number;
}

/** The custom properties a palette is read from, by palette field. */
const properties = { text: '--chart-text', grid: '--chart-grid', threshold: '--chart-threshold', background: '--chart-background' } as const;
const seriesProperty = (i: number) => `--chart-series-${i}`;

/** The palette in force on an element (browser). */
export function readPalette(element: Element): Palette {
	const style = getComputedStyle(element);
	const read = (name: string) => style.getPropertyValue(name).trim();
	return {
		series: [1, 2, 3, 4].map((i) => read(seriesProperty(i))),
		text: read(properties.text),
		grid: read(properties.grid),
		threshold: read(properties.threshold),
		background: read(properties.background),
		font: style.fontFamily,
		fontSize: 12,
	};
}

/**
 * The light theme's series and threshold colours as written in charts.css, for images drawn at
 * build time, so a colour is changed in one place. Fails naming the property if one is missing.
 */
export function lightThemeColours(css: string): { series: string[]; threshold: string } {
	const block = css.match(/:root\[data-theme='light'\]\s*\{([^}]*)\}/)?.[1];
	if (!block) throw new Error("src/styles/charts.css: no :root[data-theme='light'] { … } block with the light chart colours");
	const read = (name: string) => {
		const value = block.match(new RegExp(`${name}:\\s*([^;]+);`))?.[1]?.trim();
		if (!value) throw new Error(`src/styles/charts.css: the light theme block has no ${name}; chart images need it`);
		return value;
	};
	return { series: [1, 2, 3, 4].map((i) => read(seriesProperty(i))), threshold: read(properties.threshold) };
}

/** The drawing calls a pattern tile needs: a browser canvas and the build's Skia canvas both have them. */
export type TileContext = Pick<
	CanvasRenderingContext2D,
	'fillStyle' | 'strokeStyle' | 'lineWidth' | 'fillRect' | 'strokeRect' | 'beginPath' | 'moveTo' | 'lineTo' | 'stroke' | 'arc' | 'fill'
>;

/** Draws one tile of a bar fill pattern in `colour` over `background`. */
export function drawPatternTile(t: TileContext, pattern: SeriesPattern, colour: string, background: string, size: number): void {
	t.fillStyle = background;
	t.fillRect(0, 0, size, size);
	t.strokeStyle = t.fillStyle = colour;
	t.lineWidth = 2;
	if (pattern === 'solid') t.fillRect(0, 0, size, size);
	else if (pattern === 'diagonal') {
		t.beginPath();
		t.moveTo(0, size);
		t.lineTo(size, 0);
		t.moveTo(-2, 2);
		t.lineTo(2, -2);
		t.moveTo(size - 2, size + 2);
		t.lineTo(size + 2, size - 2);
		t.stroke();
	} else if (pattern === 'dots') {
		t.beginPath();
		t.arc(size / 2, size / 2, 2, 0, Math.PI * 2);
		t.fill();
	} else t.strokeRect(1, 1, size - 2, size - 2);
}
