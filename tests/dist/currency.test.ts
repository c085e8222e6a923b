/**
 * "As of" by construction, checked on the built site: no page restates a status answer outside its
 * record, each page's "Facts as of" date is the one computed from the records it shows, the
 * "Updated" line links to the newest change that touched the page, and the feed is valid RSS.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { builtPages } from '../../tools/dist-html.ts';
import { distDir } from '../../tools/site.ts';
import { dataset } from '../support/dataset.ts';
import { pageAsOf } from '../../src/lib/site/page-records.ts';
import { changesPath, latestUpdateFor, updateAnchor } from '../../src/lib/site/updates.ts';
import { nonReaderPages } from '../../src/lib/site/citation-mix.ts';

const pages = builtPages(distDir).filter((p) => p.path.endsWith('/') && p.root.querySelector('.sl-markdown-content'));
const updates = [...dataset.updates].map(([id, data]) => ({ id, data }));

/** The MDX file behind a site path; a chart page (src/pages/charts/) shows its chart, the index every chart. */
function sourceOf(path: string): string {
	if (path === '/charts/') return [...dataset.charts.keys()].map((id) => `<Chart id="${id}" />`).join('');
	const chart = path.match(/^\/charts\/([a-z0-9-]+)\/$/)?.[1];
	if (chart) return `<Chart id="${chart}" />`;
	const base = join('content/docs', path === '/' ? 'index' : path.slice(1, -1));
	const file = [`${base}.mdx`, join(base, 'index.mdx')].find(existsSync);
	assert.ok(file, `no MDX file for ${path}`);
	return readFileSync(file, 'utf8');
}

/**
 * Prose is what is checked: rendered records are not — status records themselves, timeline entries
 * (dated records of what was said when) and the source registry's notes on each document.
 */
const renderedRecords = '.status-record, .tl-entry';

test('no page restates a status answer in its prose: it renders the status record', () => {
	const found: string[] = [];
	for (const page of pages) {
		if (nonReaderPages.has(page.path)) continue;
		const content = page.root.querySelector('.sl-markdown-content')!.clone() as typeof page.root;
		for (const el of content.querySelectorAll(renderedRecords)) el.remove();
		const text = content.structuredText.replace(/\s+/g, ' ');
		for (const [id, status] of dataset.status)
			for (const pattern of status.statedAs) {
				const match = text.match(new RegExp(pattern, 'i'));
				if (match) found.push(`${page.path}: "${match[0]}" states the answer of status/${id}; use <Status id="${id}" /> instead`);
			}
	}
	assert.deepEqual(found, []);
});

test('the status records that carry the story are on the pages that tell it', () => {
	const rendered = new Set(pages.flatMap((p) => p.root.querySelectorAll('[data-status]').map((e) => e.getAttribute('data-status'))));
	for (const id of dataset.status.keys()) assert.ok(rendered.has(id), `status/${id} is rendered on no page`);
});

test('each page\'s "Facts as of" date is computed from the records it shows', () => {
	let checked = 0;
	for (const page of pages) {
		const expected = pageAsOf(sourceOf(page.path), dataset);
		const shown = page.root.querySelector('.page-as-of time')?.getAttribute('datetime');
		assert.equal(shown, expected, `${page.path}: shows ${shown}, its records say ${expected}`);
		if (expected) checked++;
	}
	assert.ok(checked >= pages.length - 2, `only ${checked} pages have a computed date`);
});

test('every page an update touched links its latest update, and the entry exists', () => {
	const changes = pages.find((p) => p.path === changesPath);
	assert.ok(changes, 'the changes page is built');
	let linked = 0;
	for (const page of pages) {
		if (page.path === changesPath) continue;
		const latest = latestUpdateFor(page.path, updates);
		const link = page.root.querySelector('.page-updated a')?.getAttribute('href');
		if (!latest) {
			assert.equal(link, undefined, `${page.path} links an update that did not touch it`);
			continue;
		}
		assert.equal(link, `${changesPath}#${updateAnchor(latest.id)}`, `${page.path}`);
		assert.ok(changes.ids.has(updateAnchor(latest.id)), `changes page has #${updateAnchor(latest.id)}`);
		linked++;
	}
	assert.ok(linked > 0, 'some page links an update');
});

test('the change feed is valid RSS 2.0, one item per update, linked from every page', () => {
	const xml = readFileSync(join(distDir, 'changes.xml'), 'utf8');
	assert.equal(XMLValidator.validate(xml), true, 'well-formed XML');
	const feed = new XMLParser({ ignoreAttributes: false }).parse(xml) as { rss: { '@_version': string; channel: { title: string; link: string; item: unknown } } };
	assert.equal(feed.rss['@_version'], '2.0');
	const items = [feed.rss.channel.item].flat() as { title: string; link: string; pubDate: string; description: string }[];
	assert.equal(items.length, updates.length);
	for (const item of items) {
		assert.ok(item.title && item.description && !Number.isNaN(Date.parse(item.pubDate)), `item "${item.title}" has title, description and a date`);
		assert.match(new URL(item.link).pathname + new URL(item.link).hash, new RegExp(`^${changesPath}#update-`));
	}
	for (const page of pages) assert.ok(page.root.querySelector('link[rel="alternate"][type="application/rss+xml"][href="/changes.xml"]'), `${page.path} links the feed`);
});
