/**
 * Every internal link and fragment in dist/ resolves: the target page (or file) exists and,
 * when the link has a #fragment, an element with that id exists on the target page. This covers
 * Markdown links and links produced by components (citations, glossary terms, charts, timeline).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from '../../tools/dist-html.ts';
import { distDir } from '../../tools/site.ts';

const pages = builtPages(distDir);
const byPath = new Map(pages.map((p) => [p.path, p]));

test('the built site has pages to check', () => {
	assert.ok(pages.length >= 10, `found ${pages.length} pages`);
});

test('every internal link and #fragment in dist/ resolves', () => {
	const broken: string[] = [];
	for (const page of pages) {
		for (const a of page.root.querySelectorAll('a[href]')) {
			const href = a.getAttribute('href')!;
			if (/^(?:[a-z]+:)?\/\//i.test(href) || /^(mailto|tel|data):/.test(href)) continue;
			const url = new URL(href, `http://site${page.path}`);
			const target = url.pathname;
			const fragment = decodeURIComponent(url.hash.slice(1));
			const targetPage = byPath.get(target);
			if (!targetPage) {
				if (!existsSync(join(distDir, decodeURIComponent(target)))) broken.push(`${page.path}: ${href} → no page or file ${target}`);
				continue;
			}
			if (fragment && fragment !== '_top' && !targetPage.ids.has(fragment)) broken.push(`${page.path}: ${href} → ${target} has no element with id "${fragment}"`);
		}
	}
	assert.deepEqual(broken, [], `${broken.length} broken internal links:\n${broken.join('\n')}`);
});

test('ids are unique within each page', () => {
	const duplicates: string[] = [];
	for (const page of pages) {
		const seen = new Set<string>();
		for (const el of page.root.querySelectorAll('[id]')) {
			if (seen.has(el.id)) duplicates.push(`${page.path}#${el.id}`);
			seen.add(el.id);
		}
	}
	assert.deepEqual(duplicates, []);
});
