/**
 * Anchors in a browser: a moved fragment lands on its new target, a heading anchor lands below the
 * sticky header, and a heading link copies its URL. (The manifest checks need no browser: tests/dist/.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { publicAnchors, readManifest } from '../../tools/anchors.ts';
import { builtPages } from '../../tools/dist-html.ts';
import { distDir } from '../../tools/site.ts';
import { siteInBrowser } from '../support/harness.ts';

const manifest = readManifest();
const built = publicAnchors(builtPages(distDir));
const site = siteInBrowser();

test('every recorded move sends its old fragment to the new place in the browser', async () => {
	const moves = Object.entries(manifest.movedAnchors);
	assert.ok(moves.length > 0, 'the manifest records at least one move (the mechanism must stay tested)');
	for (const [from, to] of moves) {
		const [toPath, toId] = to.split('#');
		await site.atPage(from, async (page) => {
			await page.waitForURL((url) => url.hash === `#${toId}` && url.pathname === toPath);
			assert.ok(await page.locator(`[id="${toId}"]`).isVisible(), `${to} is shown`);
		});
	}
});

test('arriving on a heading anchor puts it below the sticky header, highlighted', async () => {
	const [pagePath, ids] = [...built].find(([, ids]) => ids.length > 2)!;
	const id = ids[ids.length - 1]!;
	await site.atPage(
		`${pagePath}#${id}`,
		async (page) => {
			await page.waitForTimeout(300);
			const { top, headerBottom, animation } = await page.evaluate((target) => {
				const el = document.getElementById(target)!;
				const header = document.querySelector('header')!;
				const highlighted = el.closest('.sl-heading-wrapper') ?? el;
				return {
					top: el.getBoundingClientRect().top,
					headerBottom: header.getBoundingClientRect().bottom,
					animation: getComputedStyle(highlighted).animationName,
				};
			}, id);
			assert.ok(top >= headerBottom - 1, `#${id} top ${top} is under the header (bottom ${headerBottom})`);
			assert.ok(top < 400 || top >= headerBottom, 'target scrolled into view');
			assert.equal(animation, 'target-flash');
		},
		{ viewport: { width: 1280, height: 800 } },
	);
});

test('clicking a heading link copies its URL and says so', async () => {
	await site.atPage(
		'/sources/',
		async (page) => {
			const link = page.locator('.sl-markdown-content a.sl-anchor-link').first();
			const href = await link.getAttribute('href');
			await link.focus();
			await page.keyboard.press('Enter');
			await page.waitForSelector('[data-deep-link-status][data-visible]');
			assert.match(await page.locator('[data-deep-link-status]').innerText(), /copied/i);
			assert.equal(await page.evaluate(() => navigator.clipboard.readText()), new URL(href!, page.url()).href);
		},
		{ permissions: ['clipboard-read', 'clipboard-write'] },
	);
});
