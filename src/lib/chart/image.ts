/**
 * Build-time PNGs of a chart (server side only): the same Chart.js configuration the browser
 * draws (config.ts), on a Skia canvas (@napi-rs/canvas), in the light theme, framed with the
 * title, legend, sources, "as of" date and the chart's address so the image stands on its own.
 *   - download: 1200 CSS px wide at 2× (2400 px), for slides and documents;
 *   - preview: 1200×630, the chart page's link-preview image (og:image);
 *   - thumbnail: the preview scaled down, for the /charts/ index.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCanvas, GlobalFonts, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { drawPoint } from 'chart.js/helpers';
import sharp from 'sharp';
import { drawChart, seriesColour, type ChartEnvironment } from './config.ts';
import { hasProvisional, needsLegend, type ChartModel } from './model.ts';
import { canvasHeight } from './canvas-height.ts';
import { drawPatternTile, lightThemeColours, type Palette } from './palette.ts';
import { parseUnicodeRanges, uncoveredCharacters, type CodeRange } from './glyphs.ts';
import { wrapText } from './text-wrap.ts';
import { formatIsoDate } from '../format.ts';
import { imageSizes } from './image-sizes.ts';
import { provisionalLegend } from '../data/basis.ts';

const fontFamily = 'Inter';
/** Inter's subsets registered for images; a chart needing other scripts stops the build (see glyphRanges). */
const fontSubsets = ['latin', 'latin-ext'] as const;
const fontDir = join(process.cwd(), 'node_modules', '@fontsource', 'inter');

let ranges: CodeRange[] | undefined;
/** Registers the font once and returns the code points it covers. */
function glyphRanges(): CodeRange[] {
	if (ranges) return ranges;
	const unicode = JSON.parse(readFileSync(join(fontDir, 'unicode.json'), 'utf8')) as Record<string, string>;
	ranges = [];
	for (const subset of fontSubsets) {
		for (const weight of [400, 600]) GlobalFonts.registerFromPath(join(fontDir, 'files', `inter-${subset}-${weight}-normal.woff2`), fontFamily); // not a threshold: font weight
		ranges.push(...parseUnicodeRanges(unicode[subset] ?? ''));
	}
	return ranges;
}

/** Light-theme palette for images: series colours from charts.css, text and grid for a white page. */
function imagePalette(fontSize: number): Palette {
	const { series, threshold } = lightThemeColours(readFileSync(join(process.cwd(), 'src', 'styles', 'charts.css'), 'utf8'));
	return { series, threshold, text: '#23262f', grid: '#d4d7de', background: '#ffffff', font: fontFamily, fontSize };
}
const muted = '#4d5360';

export interface ImageText {
	/** Short labels of the chart's sources, in order. */
	sources: string[];
	/** The chart page's absolute URL. */
	url: string;
	siteTitle: string;
}

/** Every piece of text an image of the chart draws, to check the font has its glyphs. */
function imageStrings(model: ChartModel, text: ImageText): string[] {
	const values =
		model.type === 'scatter'
			? [model.xAxis, model.yAxis, ...model.points.map((p) => p.label), ...model.lines.map((l) => l.label)]
			: [model.valueAxis, model.categoryAxis, ...model.categories, ...model.series.map((s) => s.label)];
	return [model.title, model.subtitle ?? '', ...values, ...text.sources, text.url, text.siteTitle];
}

function checkGlyphs(model: ChartModel, text: ImageText): void {
	const missing = uncoveredCharacters(imageStrings(model, text).join(' '), glyphRanges());
	if (missing.length)
		throw new Error(
			`chart "${model.id}" (content/data/charts/${model.id}.json or its records) has text the chart images cannot draw: ${missing.join(' ')}. ` +
				`Register a font subset that covers it in src/lib/chart/image.ts (e.g. @fontsource/noto-sans-sc for Chinese) or keep such text out of chart labels.`,
		);
}

/** Skia's 2D context as Chart.js sees it. */
type ChartContext = SKRSContext2D & CanvasRenderingContext2D;

/**
 * Chart.js and its helpers are typed for the browser's 2D context; Skia's has every drawing call
 * they make (it lacks only browser focus rings, drawFocusIfNeeded, which they never call).
 */
function drawsLikeBrowser(ctx: SKRSContext2D): ctx is ChartContext {
	return typeof ctx.fillText === 'function' && typeof ctx.createPattern === 'function' && typeof ctx.setLineDash === 'function';
}

function context2d(canvas: Canvas): ChartContext {
	const ctx = canvas.getContext('2d');
	if (!drawsLikeBrowser(ctx)) throw new Error('@napi-rs/canvas: the 2D context lacks calls Chart.js needs; check the installed version');
	return ctx;
}

function environment(ctx: ChartContext, palette: Palette, width: number): ChartEnvironment {
	return {
		palette,
		width,
		animate: false,
		pattern(size, draw) {
			const tile = createCanvas(size, size);
			draw(tile.getContext('2d'));
			return ctx.createPattern(tile, 'repeat');
		},
	};
}

/** Draws the chart with Chart.js on its own canvas and copies it onto `ctx` at (x, y), w × h CSS px. */
function drawPlot(ctx: ChartContext, model: ChartModel, palette: Palette, box: { x: number; y: number; w: number; h: number }, scale: number): void {
	const canvas = createCanvas(box.w, box.h);
	const plot = context2d(canvas);
	const chart = drawChart(plot, model, environment(plot, palette, box.w), { devicePixelRatio: scale, responsive: false });
	ctx.drawImage(canvas, box.x, box.y, box.w, box.h);
	chart.destroy();
}

/** Legend entries (the HTML legend's, drawn): each series' swatch and the outlined-bar key. */
function legendEntries(model: ChartModel): { label: string; draw: (ctx: ChartContext, x: number, y: number, palette: Palette) => void }[] {
	if (!needsLegend(model)) return [];
	const entries: ReturnType<typeof legendEntries> = [];
	if (model.series.length > 1)
		for (const { label, style } of model.series)
			entries.push({
				label,
				draw(ctx, x, y, palette) {
					const colour = seriesColour(palette, style);
					ctx.save();
					ctx.strokeStyle = ctx.fillStyle = colour;
					if (model.type === 'line') {
						ctx.lineWidth = 2;
						ctx.setLineDash(style.dash === 'dashed' ? [6, 3] : []);
						ctx.beginPath();
						ctx.moveTo(x, y + 7);
						ctx.lineTo(x + 28, y + 7);
						ctx.stroke();
						ctx.setLineDash([]);
						drawPoint(ctx, { pointStyle: style.point, radius: 5, rotation: 0, borderWidth: 1 }, x + 14, y + 7);
					} else {
						const tile = createCanvas(8, 8);
						drawPatternTile(tile.getContext('2d'), style.pattern, colour, palette.background, 8);
						ctx.fillStyle = ctx.createPattern(tile, 'repeat') ?? colour;
						ctx.fillRect(x + 1, y + 1, 26, 12);
						ctx.lineWidth = 1.5;
						ctx.strokeRect(x + 1, y + 1, 26, 12);
					}
					ctx.restore();
				},
			});
	if (model.type === 'bar' && hasProvisional(model))
		entries.push({
			label: provisionalLegend,
			draw(ctx, x, y, palette) {
				ctx.save();
				ctx.strokeStyle = palette.text;
				ctx.lineWidth = 2.5;
				ctx.strokeRect(x + 1.25, y + 1.25, 25.5, 11.5);
				ctx.restore();
			},
		});
	return entries;
}

/** Lays the legend out in rows from (x, y) within `width`; returns the height used. */
function drawLegend(ctx: ChartContext, model: ChartModel, palette: Palette, x: number, y: number, width: number, fontSize: number, dryRun = false): number {
	const entries = legendEntries(model);
	if (!entries.length) return 0;
	ctx.font = `${fontSize}px ${fontFamily}`;
	const row = fontSize + 12;
	let cx = x;
	let cy = y;
	for (const entry of entries) {
		const w = 28 + 8 + ctx.measureText(entry.label).width + 24;
		if (cx > x && cx + w > x + width) {
			cx = x;
			cy += row;
		}
		if (!dryRun) {
			entry.draw(ctx, cx, cy + (row - 14) / 2 - 4, palette);
			ctx.fillStyle = palette.text;
			ctx.textBaseline = 'middle';
			ctx.fillText(entry.label, cx + 36, cy + row / 2 - 4);
		}
		cx += w;
	}
	return cy - y + row;
}

function textLines(ctx: ChartContext, text: string, font: string, width: number, maxLines?: number): string[] {
	ctx.font = font;
	return wrapText(text, width, (t) => ctx.measureText(t).width, maxLines);
}

/**
 * PNG from the canvas's pixels through sharp (libvips): about three times faster than Skia's own
 * encoder at the same size. The images are opaque, so Skia's premultiplied pixels are plain RGBA.
 */
function encodePng(canvas: Canvas): Promise<Buffer> {
	return sharp(canvas.data(), { raw: { width: canvas.width, height: canvas.height, channels: 4 } })
		.png({ compressionLevel: 6 })
		.toBuffer();
}

const displayUrl = (url: string) => url.replace(/^https?:\/\//, '');

/**
 * Images are cached on disk by a hash of everything that draws them — the model, the text, and the
 * renderer's own sources, styles and package versions — so a rebuild redraws only what changed.
 */
const cacheDir = join(process.cwd(), 'node_modules', '.cache', 'chart-images');
let rendererHash: string | undefined;
function rendererVersion(): string {
	if (rendererHash) return rendererHash;
	const hash = createHash('sha256');
	const chartDir = join(process.cwd(), 'src', 'lib', 'chart');
	const files = [
		...readdirSync(chartDir).map((f) => join(chartDir, f)),
		...['src/lib/format.ts', 'src/lib/data/basis.ts', 'src/styles/charts.css', 'package-lock.json'].map((f) => join(process.cwd(), f)),
	];
	for (const file of files.sort()) hash.update(file).update(readFileSync(file));
	return (rendererHash = hash.digest('hex'));
}

async function cached(kind: string, model: ChartModel, text: ImageText, draw: () => Promise<Buffer>): Promise<Buffer> {
	const key = createHash('sha256').update(rendererVersion()).update(JSON.stringify({ kind, model, text })).digest('hex');
	const file = join(cacheDir, `${model.id}-${kind}-${key.slice(0, 16)}.png`);
	try {
		return readFileSync(file);
	} catch {
		const png = await draw();
		mkdirSync(cacheDir, { recursive: true });
		writeFileSync(file, png);
		return png;
	}
}

/** The download image: title, subtitle, legend, plot, then sources, date and address. */
export function downloadPng(model: ChartModel, text: ImageText): Promise<Buffer> {
	checkGlyphs(model, text);
	return cached('download', model, text, () => drawDownload(model, text));
}

async function drawDownload(model: ChartModel, text: ImageText): Promise<Buffer> {
	const { width, scale } = imageSizes.download;
	const pad = 48;
	const inner = width - 2 * pad;
	const palette = imagePalette(15);
	// Measure first (on a scratch canvas), then draw at the final height.
	const scratch = context2d(createCanvas(10, 10));
	const title = textLines(scratch, model.title, `600 32px ${fontFamily}`, inner); // not a threshold: font weight
	const subtitle = model.subtitle ? textLines(scratch, model.subtitle, `20px ${fontFamily}`, inner) : [];
	const sourceLine = textLines(scratch, `Sources: ${text.sources.join('; ')}`, `17px ${fontFamily}`, inner);
	const legendHeight = drawLegend(scratch, model, palette, pad, 0, inner, 17, true);
	const plot = Math.round(Math.max(420, canvasHeight(model) * 1.25));
	const height =
		pad + title.length * 42 + subtitle.length * 28 + 16 + (legendHeight ? legendHeight + 8 : 0) + plot + 24 + sourceLine.length * 25 + 2 * 25 + pad;

	const canvas = createCanvas(width * scale, height * scale);
	const ctx = context2d(canvas);
	ctx.scale(scale, scale);
	ctx.fillStyle = palette.background;
	ctx.fillRect(0, 0, width, height);
	ctx.textBaseline = 'top';
	let y = pad;
	ctx.fillStyle = palette.text;
	ctx.font = `600 32px ${fontFamily}`; // not a threshold: font weight
	for (const line of title) {
		ctx.fillText(line, pad, y);
		y += 42;
	}
	ctx.fillStyle = muted;
	ctx.font = `20px ${fontFamily}`;
	for (const line of subtitle) {
		ctx.fillText(line, pad, y);
		y += 28;
	}
	y += 16;
	if (legendHeight) y += drawLegend(ctx, model, palette, pad, y, inner, 17) + 8;
	drawPlot(ctx, model, palette, { x: pad - 8, y, w: inner + 16, h: plot }, scale);
	y += plot + 24;
	ctx.strokeStyle = palette.grid;
	ctx.lineWidth = 1;
	ctx.beginPath();
	ctx.moveTo(pad, y - 12);
	ctx.lineTo(width - pad, y - 12);
	ctx.stroke();
	ctx.textBaseline = 'top';
	ctx.fillStyle = muted;
	ctx.font = `17px ${fontFamily}`;
	for (const line of sourceLine) {
		ctx.fillText(line, pad, y);
		y += 25;
	}
	ctx.fillText(`Figures as of ${formatIsoDate(model.asOf, 'long')} · ${text.siteTitle}`, pad, y);
	y += 25;
	ctx.fillStyle = palette.text;
	ctx.fillText(displayUrl(text.url), pad, y);
	return encodePng(canvas);
}

/** The 1200×630 link preview: title, plot and a footer line with the date and address. */
export function previewPng(model: ChartModel, text: ImageText): Promise<Buffer> {
	checkGlyphs(model, text);
	return cached('preview', model, text, () => drawPreview(model, text));
}

async function drawPreview(model: ChartModel, text: ImageText): Promise<Buffer> {
	const { width, height } = imageSizes.preview;
	const pad = 40;
	const inner = width - 2 * pad;
	const palette = imagePalette(15);
	const canvas = createCanvas(width, height);
	const ctx = context2d(canvas);
	ctx.fillStyle = palette.background;
	ctx.fillRect(0, 0, width, height);
	ctx.textBaseline = 'top';
	const title = textLines(ctx, model.title, `600 36px ${fontFamily}`, inner, 2); // not a threshold: font weight
	let y = pad;
	ctx.fillStyle = palette.text;
	for (const line of title) {
		ctx.fillText(line, pad, y);
		y += 44;
	}
	y += 10;
	const legendHeight = drawLegend(ctx, model, palette, pad, y, inner, 16, true);
	if (legendHeight) y += drawLegend(ctx, model, palette, pad, y, inner, 16) + 4;
	const footer = 26;
	const plot = height - y - pad - footer - 8;
	drawPlot(ctx, model, palette, { x: pad - 8, y, w: inner + 16, h: plot }, 1);
	ctx.fillStyle = palette.grid;
	ctx.fillRect(0, height - 6, width, 6);
	ctx.textBaseline = 'top';
	ctx.fillStyle = muted;
	ctx.font = `18px ${fontFamily}`;
	const line = `${text.siteTitle} · figures as of ${formatIsoDate(model.asOf, 'long')} · ${displayUrl(text.url)}`;
	ctx.fillText(textLines(ctx, line, ctx.font, inner, 1)[0]!, pad, height - pad - footer + 6);
	return encodePng(canvas);
}

/** The preview scaled down for the charts index (palette PNG: a few kilobytes). */
export function thumbnailPng(model: ChartModel, text: ImageText): Promise<Buffer> {
	const { width, height } = imageSizes.thumbnail;
	return cached('thumbnail', model, text, async () =>
		sharp(await previewPng(model, text))
			.resize(width, height)
			.png({ palette: true, compressionLevel: 9 })
			.toBuffer(),
	);
}
