/**
 * Links are promises. Every anchor recorded in content/anchors.json must still exist in the
 * build, or be recorded as moved to an anchor that exists; every anchor in the build must be
 * recorded; moved pages must redirect; a moved fragment must land on its new target in a browser.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { manifestFile, publicAnchors, readManifest } from '../support/anchors.ts';
import { builtPages } from '../support/dist-html.ts';
import { distDir } from '../support/site.ts';
import { launchBrowser, openPage } from '../support/browser.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';

const manifest = readManifest();
const built = publicAnchors(distDir);
const idsByPage = new Map(builtPages(distDir).map((p) => [p.path, p.ids]));
const exists = (target: string) => {
	const [page = '', id] = target.split('#');
	return idsByPage.has(page) && (!id || idsByPage.get(page)!.has(id));
};

test('no published anchor has disappeared without a recorded move', () => {
	const lost: string[] = [];
	for (const [page, ids] of Object.entries(manifest.pages)) {
		for (const id of ids) {
			if (idsByPage.get(page)?.has(id)) continue;
			const moved = manifest.movedAnchors[`${page}#${id}`];
			if (moved && exists(moved)) continue;
			lost.push(`${page}#${id}${moved ? ` (recorded as moved to ${moved}, which does not exist)` : ''}`);
		}
	}
	assert.deepEqual(
		lost,
		[],
		`Published anchors disappeared:\n  ${lost.join('\n  ')}\n` +
			`Links to them are out in the world. Keep the id (ids need not match the heading text: "## New wording {#old-id}"), ` +
			`or record where the section went in ${manifestFile} under "movedAnchors", e.g. "/h200/#old-id": "/h200/specs/#new-id". ` +
			`A moved page also needs "movedPages": { "/old/": "/new/" }.`,
	);
});

test('every public anchor in the build is recorded in the manifest', () => {
	const unrecorded: string[] = [];
	for (const [page, ids] of built) for (const id of ids) if (!manifest.pages[page]?.includes(id)) unrecorded.push(`${page}#${id}`);
	assert.deepEqual(unrecorded, [], `New anchors are not recorded yet. Check they are the ids you mean to keep, then run \`npm run anchors\`.`);
});

test('public anchors are short ASCII slugs that survive translation', () => {
	const bad = [...built].flatMap(([page, ids]) => ids.filter((id) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) || id.length > 60).map((id) => `${page}#${id}`));
	assert.deepEqual(bad, [], 'Give these headings an explicit ASCII id: "## Heading {#short-id}"');
});

test('moved pages redirect to pages that exist', () => {
	for (const [from, to] of Object.entries(manifest.movedPages)) {
		assert.ok(existsSync(join(distDir, from, 'index.html')), `no redirect page built for ${from}`);
		assert.ok(exists(to), `${from} redirects to ${to}, which does not exist`);
	}
});

let browser: Browser;
let site: RunningServer;
before(async () => {
	browser = await launchBrowser();
	site = await serveStatic(distDir);
});
after(async () => {
	await browser?.close();
	await site?.close();
});

test('every recorded move sends its old fragment to the new place in the browser', async () => {
	const moves = Object.entries(manifest.movedAnchors);
	assert.ok(moves.length > 0, 'the manifest records at least one move (the mechanism must stay tested)');
	for (const [from, to] of moves) {
		const { page } = await openPage(browser);
		await page.goto(new URL(from.slice(1), site.url).href);
		await page.waitForURL((url) => url.hash === `#${to.split('#')[1]}` && url.pathname === to.split('#')[0]);
		assert.ok(await page.locator(`[id="${to.split('#')[1]}"]`).isVisible(), `${to} is shown`);
		await page.context().close();
	}
});

test('arriving on a heading anchor puts it below the sticky header, highlighted', async () => {
	const [pagePath, ids] = [...built].find(([, ids]) => ids.length > 2)!;
	const id = ids[ids.length - 1]!;
	const { page } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
	await page.goto(new URL(`${pagePath.slice(1)}#${id}`, site.url).href);
	await page.waitForTimeout(300);
	const { top, headerBottom, animation } = await page.evaluate((target) => {
		const el = document.getElementById(target)!;
		const header = document.querySelector('header')!;
		const highlighted = el.closest('.sl-heading-wrapper') ?? el;
		return { top: el.getBoundingClientRect().top, headerBottom: header.getBoundingClientRect().bottom, animation: getComputedStyle(highlighted).animationName };
	}, id);
	assert.ok(top >= headerBottom - 1, `#${id} top ${top} is under the header (bottom ${headerBottom})`);
	assert.ok(top < 400 || top >= headerBottom, 'target scrolled into view');
	assert.equal(animation, 'target-flash');
	await page.context().close();
});

test('clicking a heading link copies its URL and says so', async () => {
	const { page } = await openPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
	await page.goto(new URL('sources/', site.url).href);
	const link = page.locator('.sl-markdown-content a.sl-anchor-link').first();
	const href = await link.getAttribute('href');
	await link.focus();
	await page.keyboard.press('Enter');
	await page.waitForSelector('[data-deep-link-status][data-visible]');
	assert.match(await page.locator('[data-deep-link-status]').innerText(), /copied/i);
	assert.equal(await page.evaluate(() => navigator.clipboard.readText()), new URL(href!, page.url()).href);
	await page.context().close();
});
