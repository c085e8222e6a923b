/**
 * The marks beside figures, as a reader meets them: the † of a same-standing disagreement opens by
 * keyboard and reads out the other values with their sources, closes with Escape, and is printed in
 * place; the "weak source" mark explains itself on the Sources page.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteInBrowser } from '../support/harness.ts';
import { builtPages } from '../../tools/dist-html.ts';
import { distDir } from '../../tools/site.ts';

const pages = builtPages(distDir);
const withMark = pages.find((p) => p.root.querySelector('.fig [data-alt-mark]'));
const withWeak = pages.find((p) => p.root.querySelector('.fig a.weak-source'));
const site = siteInBrowser();

test('a † opens by keyboard, names the other values and their sources, and closes with Escape', async () => {
	assert.ok(withMark, 'some prose figure carries a † (a same-grade disagreement) — the test needs one to exercise the mark');
	await site.withPage(async (page, problems) => {
		await page.goto(site.url(withMark.path));
		const mark = page.locator('.fig [data-alt-mark]').first();
		const note = page.locator(`[id="${await mark.getAttribute('popovertarget')}"]`);
		assert.equal(await note.isVisible(), false, 'the note starts closed');
		assert.match((await mark.getAttribute('aria-label')) ?? '', /other sources/i, 'the mark has an accessible name');
		await mark.focus();
		await page.keyboard.press('Enter');
		await note.waitFor({ state: 'visible' });
		assert.match(await note.innerText(), /disagree/i);
		assert.ok((await note.locator('a[href*="/sources/#"]').count()) > 0, 'the note cites the other sources');
		await page.keyboard.press('Escape');
		await note.waitFor({ state: 'hidden' });
		assert.deepEqual(problems.console, []);
	});
});

test('in print, the † note is written out in place and the button is not', async () => {
	assert.ok(withMark);
	await site.withPage(async (page) => {
		await page.goto(site.url(withMark.path));
		await page.emulateMedia({ media: 'print' });
		const mark = page.locator('.fig [data-alt-mark]').first();
		const note = page.locator(`[id="${await mark.getAttribute('popovertarget')}"]`);
		assert.equal(await mark.isVisible(), false, 'the button is hidden in print');
		assert.equal(await note.isVisible(), true, 'the note prints');
	});
});

test('a weak-source mark links to the explanation of grades', async () => {
	assert.ok(withWeak, 'some prose figure rests on a weak source');
	await site.withPage(async (page) => {
		await page.goto(site.url(withWeak.path));
		const mark = page.locator('.fig a.weak-source').first();
		assert.equal(await mark.isVisible(), true);
		await mark.click();
		await page.waitForURL(/\/sources\/#grades$/);
		assert.equal(await page.locator('#grades').isVisible(), true);
	});
});
