/**
 * Link previews: where each page's image lives, what its alt text says, how titles break and
 * shrink, which font slices a text needs, and that Chinese titles render as glyphs, not boxes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { coverText, parseUnicodeRange } from '../../src/lib/og/fonts.ts';
import { breakPieces, fitText, wrapLines, type Measure } from '../../src/lib/og/layout.ts';
import { pageCard, previewAlt, previewPath, previewSize } from '../../src/lib/og/card.ts';
import { renderPreview } from '../../src/lib/og/render.ts';

test('each page has its own preview path; bad page paths fail', () => {
	assert.equal(previewPath('/'), '/og/index.png');
	assert.equal(previewPath('/h200/'), '/og/h200.png');
	assert.equal(previewPath('/h200/specs/'), '/og/h200/specs.png');
	assert.throws(() => previewPath('/h200/specs'), /not a page path/);
	assert.throws(() => previewPath('/H200/'), /not a page path/);
});

test('the card and its alt text carry site, section, title and the "as of" day', () => {
	const card = pageCard({ title: 'Specs compared', section: 'H200', asOf: '2026-11-28' }, 'H200 Explainer', 'example.org');
	assert.equal(card.dateLine, 'Facts as of 28 November 2026');
	assert.equal(previewAlt(card), 'H200 Explainer · H200: Specs compared. Facts as of 28 November 2026.');
	assert.equal(previewAlt(pageCard({ title: 'What changed' }, 'H200 Explainer', 'example.org')), 'H200 Explainer: What changed.');
});

test('unicode ranges parse; a malformed one fails', () => {
	assert.deepEqual(parseUnicodeRange('U+0000-00FF,U+0131, U+2000-206F'), [
		[0, 255],
		[0x131, 0x131],
		[0x2000, 0x206f],
	]);
	assert.throws(() => parseUnicodeRange('0000-00FF'), /not a Unicode range/);
});

test('a text needs only the faces that cover its characters, in fallback order; uncovered characters are reported', () => {
	const faces = [
		{ id: 'latin', ranges: parseUnicodeRange('U+0000-00FF') },
		{ id: 'sc-1', ranges: parseUnicodeRange('U+4E00-4FFF') },
		{ id: 'sc-2', ranges: parseUnicodeRange('U+5000-9FFF,U+0041') },
	];
	assert.deepEqual(coverText('Ascend 910C', faces), { faces: ['latin'], missing: [] });
	assert.deepEqual(coverText('华为 Ascend 中国', faces), { faces: ['latin', 'sc-1', 'sc-2'], missing: [] });
	assert.deepEqual(coverText('ก A', faces), { faces: ['latin'], missing: ['ก'] });
});

// A fake measure: every character is `size / 2` wide.
const halfEm: Measure = (text, size) => [...text].length * (size / 2);

test('titles break between words, and between Chinese characters (closing punctuation stays with its character)', () => {
	assert.deepEqual(breakPieces('The H200 and 中国，芯片'), ['The ', 'H200 ', 'and ', '中', '国，', '芯', '片']);
	assert.deepEqual(wrapLines('Why China turned the H200 away', 10, 60, halfEm), ['Why China', 'turned the', 'H200 away']);
	assert.deepEqual(wrapLines('中国芯片，华为昇腾', 10, 25, halfEm), ['中国芯片，', '华为昇腾']);
	// A word wider than the line is split between characters rather than overflowing.
	assert.deepEqual(wrapLines('Supercalifragilistic', 10, 50, halfEm), ['Supercalif', 'ragilistic']);
});

test('a title is set as large as fits; one that never fits is cut with an ellipsis', () => {
	assert.deepEqual(fitText('Specs compared', [96, 64], 700, 3, halfEm), { size: 96, lines: ['Specs compared'], truncated: false });
	assert.deepEqual(fitText('one two three four', [40, 20], 200, 1, halfEm), { size: 20, lines: ['one two three four'], truncated: false });
	const cut = fitText('one two three four five six', [20], 100, 1, halfEm);
	assert.equal(cut.truncated, true);
	assert.equal(cut.lines.length, 1);
	assert.ok(cut.lines[0]!.endsWith('…') && halfEm(cut.lines[0]!, 20) <= 100);
});

const site = { siteName: 'H200 Explainer', section: 'China', dateLine: 'Facts as of 28 November 2026', host: 'h200-explainer.example' };

/** Pixels of a rendered card: size checked, raw RGB returned. */
async function pixels(png: Buffer) {
	const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
	assert.deepEqual([info.width, info.height], [previewSize.width, previewSize.height]);
	return data;
}

test('Chinese titles render as real glyphs: two different titles of the same length differ, as boxes would not', async () => {
	const a = await pixels(renderPreview({ ...site, title: '华为昇腾芯片' }, 'test A'));
	const b = await pixels(renderPreview({ ...site, title: '中国人工智能' }, 'test B'));
	const same = await pixels(renderPreview({ ...site, title: '华为昇腾芯片' }, 'test A again'));
	assert.ok(a.equals(same), 'rendering is deterministic');
	let differing = 0;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differing++;
	// .notdef boxes are identical for every character; distinct glyphs change thousands of pixels.
	assert.ok(differing > 5000, `only ${differing} bytes differ between two Chinese titles: are the glyphs missing?`);
});

test('a title with a character no preview font covers stops the build, naming the page', () => {
	assert.throws(() => renderPreview({ ...site, title: 'ชิป' }, 'content/docs/x.mdx'), /content\/docs\/x\.mdx: no preview font has "ช" \(U\+E0A\)/);
});
