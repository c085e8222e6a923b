/**
 * Sources a policy reader can trust, checked on the built site: the citation mix on reader pages,
 * the weak-source mark wherever a table figure rests only on an "other" source, † notes only for
 * disagreements between sources of the same standing, no "other sources:" asides in prose, and
 * short labels that tell two sources apart on one page.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtPages } from '../../tools/dist-html.ts';
import { distDir } from '../../tools/site.ts';
import { addGrade, emptyMix, maxOtherShare, nonReaderPages, otherShare, sumMixes, totalOf } from '../../src/lib/site/citation-mix.ts';
import { gradeRank } from '../../src/lib/data/source-label.ts';

const pages = builtPages(distDir).filter((p) => p.path.endsWith('/') && p.root.querySelector('.sl-markdown-content'));
const readerPages = pages.filter((p) => !nonReaderPages.has(p.path));
const grades = (el: { querySelectorAll: (s: string) => { getAttribute: (a: string) => string | undefined }[] }, selector = 'a[data-grade]') =>
	el.querySelectorAll(selector).map((a) => a.getAttribute('data-grade')!);

test(`reader pages: at most ${maxOtherShare * 100}% of citation links go to "other" sources`, () => {
	const mixes = readerPages.map((page) => {
		const mix = emptyMix();
		for (const g of grades(page.root.querySelector('main')!)) addGrade(mix, g);
		return mix;
	});
	const total = sumMixes(mixes);
	assert.ok(totalOf(total) > 500, `only ${totalOf(total)} citation links found`);
	assert.ok(otherShare(total) <= maxOtherShare, `${(otherShare(total) * 100).toFixed(1)}% of ${totalOf(total)} citation links go to "other" sources (run npm run sources)`);
});

test('a spec-table or chart-table figure resting only on "other" sources carries the weak-source mark', () => {
	const missing: string[] = [];

	for (const page of pages) {
		for (const cell of page.root.querySelectorAll('td.spec-cell')) {
			const own = grades(cell.querySelector('.spec-source')!);
			const weak = own.length > 0 && own.every((g) => g === 'other');
			const mark = !!cell.querySelector('.weak-source');
			if (weak !== mark) missing.push(`${page.path}: spec cell "${cell.querySelector('data')?.text}" ${weak ? 'lacks' : 'wrongly has'} the mark`);

		}
		for (const row of page.root.querySelectorAll('.chart-table tbody tr')) {
			const own = grades(row.querySelector('td:last-child')!);
			if (!own.length || !own.every((g) => g === 'other')) continue;
			for (const cell of row.querySelectorAll('td.num'))
				if (cell.text.trim() !== '—' && !cell.querySelector('.weak-source')) missing.push(`${page.path}: chart row "${row.querySelector('th')?.text}" lacks the mark`);
		}
	}
	assert.deepEqual(missing, []);
});

test('† notes show only values from sources of the same or higher grade than the figure\'s own', () => {
	const wrong: string[] = [];
	for (const page of pages)
		for (const fig of page.root.querySelectorAll('.fig')) {
			const note = fig.querySelector('.alt-note');
			if (!note) continue;
			const own = fig.querySelector(':scope > sup.cite a[data-grade]')?.getAttribute('data-grade') as keyof typeof gradeRank;
			for (const g of grades(note)) if (gradeRank[g as keyof typeof gradeRank] > gradeRank[own]) wrong.push(`${page.path}: ${fig.querySelector('data')?.text} (${own}) shows an alternative from a(n) ${g} source`);
		}
	assert.deepEqual(wrong, []);
});

test('no "other sources:" asides in the prose', () => {
	const asides = pages.filter((p) => /other sources:/i.test(p.root.querySelector('.sl-markdown-content')!.text)).map((p) => p.path);
	assert.deepEqual(asides, []);
});

test('two different sources never share a label on one page', () => {
	const clashes: string[] = [];
	for (const page of readerPages) {
		const byLabel = new Map<string, Set<string>>();
		for (const a of page.root.querySelectorAll('main a[data-grade]')) {
			const label = a.text.replace(/^Source:\s*/, '').trim();
			const id = a.getAttribute('href')!.replace(/^.*#/, '');
			byLabel.set(label, (byLabel.get(label) ?? new Set()).add(id));
		}
		for (const [label, ids] of byLabel) if (ids.size > 1) clashes.push(`${page.path}: "${label}" names ${[...ids].join(', ')}`);
	}
	assert.deepEqual(clashes, []);
});
