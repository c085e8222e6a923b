/** "Cite this": every format carries the exact URL (with the base path), the dates, and BibTeX escapes TeX. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessedGap, bibtexEscape, bibtexKey, citations, citeUrl, localDay } from '../../src/lib/site/cite.ts';

const site = { name: 'H200 Explainer', origin: 'https://h200-explainer.example', base: '/' };
const page = { title: 'Specs compared', path: '/h200/specs/', asOf: '2026-11-12', updated: '2026-11-30', kind: 'page' } as const;

test('a page: short, full (APA-like) and BibTeX, with the reader’s accessed day', () => {
	const c = citations(page, site, '2026-12-03');
	assert.equal(c.url, 'https://h200-explainer.example/h200/specs/');
	assert.equal(
		c.short,
		'H200 Explainer, “Specs compared”, updated 30 November 2026, facts as of 12 November 2026, https://h200-explainer.example/h200/specs/ (accessed 3 December 2026).',
	);
	assert.equal(
		c.full,
		'H200 Explainer. (2026, November 30). Specs compared. Facts as of November 12, 2026. Retrieved December 3, 2026, from https://h200-explainer.example/h200/specs/',
	);
	assert.equal(
		c.bibtex,
		[
			'@misc{h200explainer-h200-specs,',
			'  author = {{H200 Explainer}},',
			'  title = {{Specs compared}},',
			'  year = {2026},',
			'  month = nov,',
			'  date = {2026-11-30},',
			'  url = {https://h200-explainer.example/h200/specs/},',
			'  urldate = {2026-12-03},',
			'  publisher = {H200 Explainer},',
			'  note = {Facts as of 2026-11-12; updated 2026-11-30},',
			'}',
		].join('\n'),
	);
});

test('without an accessed day the text formats leave a gap and BibTeX has no urldate', () => {
	const c = citations(page, site);
	assert.ok(c.short.endsWith(`(accessed ${accessedGap}).`));
	assert.ok(c.full.includes(`Retrieved ${accessedGap}, from https://`));
	assert.doesNotMatch(c.bibtex, /urldate/);
});

test('no update date: the work is dated by its "as of" day, and no "updated" is claimed', () => {
	const c = citations({ ...page, updated: undefined }, site, '2026-12-03');
	assert.match(c.full, /^H200 Explainer\. \(2026, November 12\)\. Specs compared\./);
	assert.doesNotMatch(c.short, /updated/);
	assert.match(c.bibtex, /date = \{2026-11-12\}/);
	assert.match(c.bibtex, /note = \{Facts as of 2026-11-12\}/);
});

test('a chart is cited as a chart at its own URL, with its data date', () => {
	const chart = { title: 'Memory bandwidth, H200 and rivals', path: '/charts/h200-memory/', asOf: '2026-10-01', kind: 'chart' } as const;
	const c = citations(chart, site, '2026-12-03');
	assert.equal(c.url, 'https://h200-explainer.example/charts/h200-memory/');
	assert.match(c.short, /“Memory bandwidth, H200 and rivals” \[chart\], data as of 1 October 2026, https:\/\/h200-explainer\.example\/charts\/h200-memory\//);
	assert.match(c.full, /\(2026, October 1\)\. Memory bandwidth, H200 and rivals \[Chart\]\. Data as of October 1, 2026\. Retrieved December 3, 2026/);
	assert.match(c.bibtex, /^@misc\{h200explainer-charts-h200-memory,$/m);
	assert.match(c.bibtex, /note = \{Chart, data as of 2026-10-01\}/);
});

test('URLs keep the base path and a section fragment', () => {
	assert.equal(citeUrl('https://x.org', '/h200-explainer/', '/h200/specs/'), 'https://x.org/h200-explainer/h200/specs/');
	assert.equal(citeUrl('https://x.org', '/h200-explainer', '/'), 'https://x.org/h200-explainer/');
	assert.equal(citeUrl('https://x.org/', '/', '/'), 'https://x.org/');
	const c = citations({ ...page, path: '/h200/specs/#more-chips' }, { ...site, base: '/h200-explainer/' }, '2026-12-03');
	assert.equal(c.url, 'https://h200-explainer.example/h200-explainer/h200/specs/#more-chips');
	assert.ok([c.short, c.full, c.bibtex].every((text) => text.includes(c.url)));
	assert.match(c.bibtex, /@misc\{h200explainer-h200-specs-more-chips,/);
	assert.throws(() => citeUrl('https://x.org', '/', 'h200/'), /must start with "\/"/);
});

test('BibTeX escapes TeX’s special characters in titles', () => {
	assert.equal(
		bibtexEscape('R&D: 50% of $5 #1 a_b {x} ~ ^ \\'),
		'R\\&D: 50\\% of \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
	);
	const c = citations({ ...page, title: 'China’s R&D: 100% {domestic}' }, site);
	assert.match(c.bibtex, /title = \{\{China’s R\\&D: 100\\% \\\{domestic\\\}\}\},/);
	// Every brace in the entry is balanced once escapes are set aside.
	const depth = [...c.bibtex.replace(/\\[{}]/g, '')].reduce((d, ch) => d + (ch === '{' ? 1 : ch === '}' ? -1 : 0), 0);
	assert.equal(depth, 0);
});

test('citation keys are ASCII and name the page', () => {
	assert.equal(bibtexKey('H200 Explainer', '/'), 'h200explainer-home');
	assert.equal(bibtexKey('H200 Explainer', '/china/making-chips/'), 'h200explainer-china-making-chips');
});

test('bad dates fail with the title, the field and the fix', () => {
	assert.throws(() => citations({ ...page, asOf: '2026-13-01' }, site), /"Specs compared" has asOf "2026-13-01"; give a calendar day as YYYY-MM-DD/);
	assert.throws(() => citations({ ...page, asOf: '2026-02-30' }, site), /asOf "2026-02-30"/);
	assert.throws(() => citations({ ...page, updated: 'Nov 2026' }, site), /updated "Nov 2026"/);
	assert.throws(() => citations(page, site, '3/12/2026'), /accessed "3\/12\/2026"/);
});

test('the accessed day is the reader’s local calendar day', () => {
	assert.equal(localDay(new Date(2026, 0, 5, 23, 59)), '2026-01-05');
	assert.equal(localDay(new Date(2026, 11, 31, 0, 1)), '2026-12-31');
});
