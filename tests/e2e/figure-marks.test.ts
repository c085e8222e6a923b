/**
 * The marks beside figures, as a reader meets them: the † of a same-standing disagreement opens by
 * keyboard and reads out the other values with their sources, closes with Escape, and is printed in
 * place; the "weak source" mark explains itself on the Sources page.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from '../support/browser.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';
import { builtPages } from '../support/dist-html.ts';
import { distDir } from '../support/site.ts';

const pages = builtPages(distDir);
const withMark = pages.find((p) => p.root.querySelector('.fig [data-alt-mark]'));
const withWeak = pages.find((p) => p.root.querySelector('.sl-markdown-content .weak-source'));
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
const url = (path: string) => new URL(path.slice(1), site.url).href;

test('a † opens by keyboard, names the other values and their sources, and closes with Escape', async () => {
	assert.ok(withMark, 'some prose figure carries a † (a same-grade disagreement) — the test needs one to exercise the mark');
	const { page, problems } = await openPage(browser);
	try {
		await page.goto(url(withMark.path));
		const mark = page.locator('.fig [data-alt-mark]').first();
		const noteId = await mark.getAttribute('popovertarget');
		const note = page.locator(`[id="${noteId}"]`);
		assert.equal(await note.isVisible(), false, 'the note starts closed');
		assert.match((await mark.getAttribute('aria-label')) ?? '', /other sources/i, 'the mark has an accessible name');
		await mark.focus();
		await page.keyboard.press('Enter');
		await note.waitFor({ state: 'visible' });
		const text = await note.innerText();
		assert.match(text, /disagree/i);
		assert.ok((await note.locator('a[href*="/sources/#"]').count()) > 0, 'the note cites the other sources');
		await page.keyboard.press('Escape');
		await note.waitFor({ state: 'hidden' });
		assert.deepEqual(problems.console, []);
	} finally {
		await page.context().close();
	}
});

test('in print, the † note is written out in place and the button is not', async () => {
	assert.ok(withMark);
	const { page } = await openPage(browser);
	try {
		await page.goto(url(withMark.path));
		await page.emulateMedia({ media: 'print' });
		const mark = page.locator('.fig [data-alt-mark]').first();
		const note = page.locator(`[id="${await mark.getAttribute('popovertarget')}"]`);
		assert.equal(await mark.isVisible(), false, 'the button is hidden in print');
		assert.equal(await note.isVisible(), true, 'the note prints');
	} finally {
		await page.context().close();
	}
});

test('a weak-source mark links to the explanation of grades', async () => {
	assert.ok(withWeak, 'some prose figure rests on a weak source');
	const { page } = await openPage(browser);
	try {
		await page.goto(url(withWeak.path));
		const mark = page.locator('.sl-markdown-content .weak-source').first();
		assert.equal(await mark.isVisible(), true);
		await mark.click();
		await page.waitForURL(/\/sources\/#grades$/);
		assert.equal(await page.locator('#grades').isVisible(), true);
	} finally {
		await page.context().close();
	}
});
