/**
 * One definition per threshold: no rule threshold may be typed in src/ outside
 * src/lib/export-control/thresholds.ts. Code and markup are searched (comments and <style> blocks
 * are left out) for each threshold written as 4800, 4,800 or 4_800; read it from thresholds.ts and
 * word it in wording.ts instead. A line that uses one of these numbers for something else (a font
 * weight of 600) says so at its end: `// not a threshold: <what it is>`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules } from '../../src/lib/export-control/thresholds.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const home = 'src/lib/export-control/thresholds.ts';

function numbersIn(value: unknown): number[] {
	if (typeof value === 'number') return [value];
	if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(numbersIn);
	return [];
}

/** 4800 → /4800|4,800|4_800/ not inside a longer number; 5.92 → /5\.92/ likewise. */
function literalPattern(value: number): RegExp {
	const [whole = '', fraction] = String(value).split('.');
	const groups = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	const forms = new Set([whole, groups, groups.replace(/,/g, '_')].map((w) => (fraction ? `${w}\\.${fraction}` : w)));
	return new RegExp(`(?<![\\w.,])(?:${[...forms].join('|')})(?![\\w]|[.,]\\d)`, 'g');
}

/** Code and text without comments, styles and lines marked `// not a threshold: …`, line numbers kept. */
function codeOf(source: string): string {
	const blank = (m: string) => m.replace(/[^\n]/g, ' ');
	return source
		.replace(/^.*\/\/ not a threshold: \S.*$/gm, blank)
		.replace(/<style[\s\S]*?<\/style>/g, blank)
		.replace(/\/\*[\s\S]*?\*\//g, blank)
		.replace(/(^|[^:'"`\\])\/\/.*$/gm, (m, lead: string) => lead + blank(m.slice(lead.length)));
}

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return filesUnder(path);
		return /\.(ts|astro|mjs|js)$/.test(entry.name) ? [path] : [];
	});
}

test('no threshold number is typed in src/ outside thresholds.ts', () => {
	const thresholds = [...new Set(numbersIn(rules))];
	assert.ok(thresholds.includes(4800) && thresholds.includes(21000), 'the thresholds were read');
	const files = filesUnder(join(root, 'src')).filter((f) => relative(root, f) !== home);
	assert.ok(files.length > 20, 'the source files were found');
	const found: string[] = [];
	for (const file of files) {
		const lines = codeOf(readFileSync(file, 'utf8')).split('\n');
		lines.forEach((line, i) => {
			for (const value of thresholds) {
				for (const match of line.matchAll(literalPattern(value))) {
					found.push(`${relative(root, file)}:${i + 1}: "${match[0]}" (threshold ${value}) in: ${line.trim().slice(0, 120)}`);
				}
			}
		});
	}
	assert.deepEqual(found, [], `read these from ${home} (and word them in src/lib/export-control/wording.ts)`);
});

test('the search finds a typed threshold and skips comments, styles and longer numbers', () => {
	const hits = (source: string) => [...codeOf(source).matchAll(literalPattern(4800))].map((m) => m[0]);
	assert.deepEqual(hits('const a = `TPP of 4,800 or more`; const b = 4800; const c = 4_800;'), ['4,800', '4800', '4_800']);
	assert.deepEqual(hits('// 4,800 in a comment\n/* 4800 */ <style>.x { width: 4800px }</style> 14,800 4,800.5 48000'), []);
	assert.deepEqual(hits('const w = 4800; // not a threshold: a width\nconst t = 4800; // a threshold'), ['4800']);
	assert.deepEqual(
		[...'density 5.92 or 15.92'.matchAll(literalPattern(5.92))].map((m) => m[0]),
		['5.92'],
	);
	assert.deepEqual(
		[...'a href="https://x.org/y"; 600 GB/s'.matchAll(literalPattern(600))].map((m) => m[0]),
		['600'],
	);
});
