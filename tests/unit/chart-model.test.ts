/**
 * The chart model's style assignment (one place decides each series' colour, fill, marker and dash;
 * the canvas and the legend read it), the download rows and CSV, and the helpers behind the
 * build-time chart images (glyph coverage, text wrapping, the light palette read from charts.css).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildChartModel, seriesStyle, type ChartModel } from '../../src/lib/chart/model.ts';
import { downloadRows, toCsv } from '../../src/lib/chart/downloads.ts';
import { parseUnicodeRanges, uncoveredCharacters } from '../../src/lib/chart/glyphs.ts';
import { wrapText } from '../../src/lib/chart/text-wrap.ts';
import { lightThemeColours } from '../../src/lib/chart/palette.ts';
import { chartSchema, chipSchema, seriesSchema, type ChartSpec, type Chip, type Series } from '../../src/lib/data/schemas.ts';

test('series styles: the first six series differ in fill, marker and dash from their neighbours; colours cycle through four', () => {
	const styles = [0, 1, 2, 3, 4, 5].map(seriesStyle);
	assert.deepEqual(
		styles.map((s) => s.colour),
		[1, 2, 3, 4, 1, 2],
	);
	assert.deepEqual(
		styles.map((s) => s.pattern),
		['solid', 'diagonal', 'dots', 'grid', 'diagonal', 'dots'],
	);
	assert.deepEqual(
		styles.map((s) => s.point),
		['circle', 'triangle', 'rect', 'rectRot', 'star', 'crossRot'],
	);
	assert.deepEqual(
		styles.map((s) => s.dash),
		['solid', 'dashed', 'solid', 'dashed', 'solid', 'dashed'],
	);
	// No two of the six look the same even without colour.
	assert.equal(new Set(styles.map((s) => `${s.pattern}/${s.point}`)).size, 6);
});

const source = 'test-source';
// Records go through the real schemas, so defaults (basis) are filled in as at build time.
const chip = (name: string, capacity: number | undefined, basis?: 'roadmap'): Chip =>
	chipSchema.parse({
		name,
		vendor: 'Test',
		family: 'Test',
		market: 'global',
		summary: 'A chip used only in tests.',
		...(capacity === undefined ? {} : { memoryCapacity: { value: capacity, unit: 'GB', source, ...(basis ? { basis } : {}) } }),
	});
const series = (title: string, points: [string, string, number][]): Series =>
	seriesSchema.parse({
		title,
		unit: 'USD billion',
		description: 'A series used only in tests.',
		points: points.map(([label, date, value]) => ({ label, date, value, source })),
	});

function model(spec: ChartSpec['data']): ChartModel {
	const chips = new Map([
		['a', chip('Chip A', 80)],
		['b', chip('Chip B', 141, 'roadmap')],
		['c', chip('Chip C', undefined)],
	]);
	const all = new Map([
		[
			's1',
			series('First, "quoted"', [
				['FY2024', '2024-01', 1.5],
				['FY2025', '2025-01', 2],
			]),
		],
		['s2', series('Second', [['FY2025', '2025-01', 3]])],
	]);
	const record = chartSchema.parse({ title: 'A test chart', takeaway: 'Numbers go up over time.', asOf: '2026-11-28', data: spec });
	return buildChartModel('test-chart', record, { chips, series: all });
}

test('the model gives every series its style', () => {
	const m = model({ kind: 'series', series: ['s1', 's2'], style: 'line' });
	assert.ok(m.type === 'line');
	assert.deepEqual(
		m.series.map((s) => s.style),
		[seriesStyle(0), seriesStyle(1)],
	);
	const bars = model({ kind: 'chip-bars', chips: ['a', 'b'], fields: ['memoryCapacity', 'memoryBandwidth'], horizontal: true });
	assert.ok(bars.type === 'bar');
	assert.deepEqual(
		bars.series.map((s) => s.style.pattern),
		['solid', 'diagonal'],
	);
});

test('download rows: one per value, in series then category order, gaps skipped, with sources', () => {
	const m = model({ kind: 'series', series: ['s1', 's2'], style: 'line' });
	const rows = downloadRows(m, (id) => `https://example.org/${id}`);
	assert.deepEqual(
		rows.map((r) => [r.item, r.measure, r.value]),
		[
			['FY2024', 'First, "quoted"', 1.5],
			['FY2025', 'First, "quoted"', 2],
			['FY2025', 'Second', 3],
		],
	);
	assert.equal(rows[0]!.source_urls, 'https://example.org/test-source');
	assert.equal(rows[0]!.chart, 'test-chart');
});

test('download rows of chip bars skip a chip with no figure and keep the basis', () => {
	const m = model({ kind: 'chip-bars', chips: ['a', 'b', 'c'], fields: ['memoryCapacity'], horizontal: true });
	const rows = downloadRows(m, () => '');
	assert.deepEqual(
		rows.map((r) => [r.item_id, r.value, r.basis]),
		[
			['a', 80, 'vendor-spec'],
			['b', 141, 'roadmap'],
		],
	);
});

test('CSV: RFC 4180 quoting, CRLF line ends, a header row', () => {
	const m = model({ kind: 'series', series: ['s1'], style: 'line' });
	const csv = toCsv(downloadRows(m, () => ''));
	const lines = csv.split('\r\n');
	assert.equal(lines[0], 'chart,item,item_id,measure,value,unit,basis,note,source_ids,source_urls');
	assert.equal(lines[1], 'test-chart,FY2024,FY2024,"First, ""quoted""",1.5,USD billion,reported,,test-source,');
	assert.ok(csv.endsWith('\r\n'));
	assert.equal(lines.length, 4);
});

test('glyph coverage: unicode ranges parse, and characters outside them are reported once', () => {
	const ranges = parseUnicodeRanges('U+0000-00FF, U+2013-2014,U+20AC');
	assert.deepEqual(ranges, [
		[0, 255],
		[0x2013, 0x2014],
		[0x20ac, 0x20ac],
	]);
	assert.deepEqual(uncoveredCharacters('H200 – € 5', ranges), []);
	assert.deepEqual(uncoveredCharacters('昇腾 910 昇', ranges), ['昇', '腾']);
});

test('no chart record or chip name today needs glyphs beyond the image font (Latin)', () => {
	const unicode = JSON.parse(readFileSync('node_modules/@fontsource/inter/unicode.json', 'utf8')) as Record<string, string>;
	const ranges = [...parseUnicodeRanges(unicode['latin']!), ...parseUnicodeRanges(unicode['latin-ext']!)];
	assert.deepEqual(uncoveredCharacters('Performance density (TPP per mm²) × ÷ – “” ’ …', ranges), []);
	assert.deepEqual(uncoveredCharacters('昇腾910C', ranges), ['昇', '腾']);
});

test('text wrapping: lines fit, long words get their own line, and a line limit ends with an ellipsis', () => {
	const measure = (t: string) => t.length * 10;
	assert.deepEqual(wrapText('one two three four', 90, measure), ['one two', 'three', 'four']);
	assert.deepEqual(wrapText('extraordinarily long', 50, measure), ['extraordinarily', 'long']);
	const limited = wrapText('one two three four five six', 90, measure, 2);
	assert.equal(limited.length, 2);
	assert.ok(limited[1]!.endsWith('…') && measure(limited[1]!) <= 90, limited[1]);
});

test('the image palette reads the light theme colours from charts.css, and names what is missing', () => {
	const colours = lightThemeColours(readFileSync('src/styles/charts.css', 'utf8'));
	assert.equal(colours.series.length, 4);
	assert.ok(
		colours.series.every((c) => /^#[0-9a-f]{6}$/i.test(c)),
		colours.series.join(),
	);
	assert.throws(() => lightThemeColours(":root[data-theme='light'] { --chart-series-1: #000; }"), /--chart-series-2/);
	assert.throws(() => lightThemeColours(':root { }'), /light/);
});
