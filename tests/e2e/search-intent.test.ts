/**
 * Search loads on intent: no file of Pagefind or of the search UI is fetched until the reader
 * points at, focuses or taps the search button, or presses Ctrl+K or "/"; after each of these,
 * search works — in the root build and under a sub-path (that no sitemap page fetches search before
 * intent: every-page.test.ts). Without JavaScript the button is disabled
 * and nothing of search loads. ↑/↓ move through the results, Escape closes. axe 4.14 finds nothing
 * on the button (light and dark, 390 and 1280 px) nor in the open dialog with results.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { siteInBrowser } from '../support/harness.ts';
import { axeInEveryState, axeVersion } from '../support/axe.ts';
import { readResults, recordSearchFiles, resultsShown, searchInputFocused, settled } from '../../tools/search.ts';
import { subpathBase, subpathDistDir } from '../../tools/site.ts';

const input = 'dialog[open] input.pagefind-ui__search-input';
const button = 'site-search button[data-open-modal]';

/** Each kind of intent: what the reader does, the browser it needs, and how search then opens. */
const intents: { name: string; context: BrowserContextOptions; show: (page: Page) => Promise<void>; open: (page: Page) => Promise<void> }[] = [
	{ name: 'pointer over the button', context: {}, show: (page) => page.hover(button), open: (page) => page.click(button) },
	{ name: 'focus on the button', context: {}, show: (page) => page.focus(button), open: (page) => page.keyboard.press('Enter') },
	{ name: 'Ctrl+K', context: {}, show: (page) => page.keyboard.press('Control+k'), open: async () => {} },
	{ name: '"/"', context: {}, show: (page) => page.keyboard.press('/'), open: async () => {} },
	{
		name: 'a tap on the button',
		context: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
		show: (page) => page.tap(button),
		open: async () => {}, // the tap is also the click that opens the dialog
	},
];

/** Types `query` into the open dialog's focused input and returns the URLs of the results. */
async function searchFor(page: Page, query: string): Promise<string[]> {
	await page.waitForFunction(searchInputFocused, undefined, { timeout: 10_000 });
	await page.keyboard.type(query, { delay: 20 });
	await resultsShown(page, query);
	return (await readResults(page)).map((r) => r.url);
}

for (const [label, site, base] of [
	['the root build', siteInBrowser(), '/'],
	[`the build under ${subpathBase}`, siteInBrowser({ dir: subpathDistDir, base: subpathBase }), subpathBase],
] as const) {
	describe(`search loads on intent, in ${label}`, () => {
		for (const intent of intents) {
			test(`nothing of search loads before ${intent.name}; then it loads and finds`, () =>
				site.withPage(async (page, problems) => {
					const files = recordSearchFiles(page);
					await page.goto(site.url('/'));
					await settled(page);
					assert.equal(files.length, 0, `no search file before intent (got ${files.join(', ')})`);
					// Listening before the intent: Pagefind's script is requested at once.
					const pagefindRequested = page.waitForRequest((r) => r.url().endsWith('/pagefind/pagefind.js'), { timeout: 10_000 });
					await intent.show(page);
					await pagefindRequested;
					await intent.open(page);
					const urls = await searchFor(page, 'Cambricon');
					assert.ok(urls.includes(`${base}china/`), `finds ${base}china/ (got ${urls.join(', ')})`);
					assert.ok(
						files.every((f) => f.startsWith(base)),
						`every search file under ${base}: ${files.join(', ')}`,
					);
					assert.ok(
						files.some((f) => /\.pf_index$/.test(f)),
						'the index was fetched',
					);
					assert.ok(!files.some((f) => /pagefind-worker/.test(f)), 'Pagefind runs on the page, not in its worker (pagefindStartOptions)');
					assert.deepEqual(problems.console, []);
					assert.deepEqual(problems.external, []);
				}, intent.context));
		}
	});
}

const root = siteInBrowser();

test('without JavaScript the search button is there, disabled, and nothing of search loads', () =>
	root.withPage(
		async (page) => {
			const files = recordSearchFiles(page);
			await page.goto(root.url('/'));
			await page.waitForLoadState('networkidle');
			assert.equal(await page.locator(button).isDisabled(), true);
			assert.equal(await page.locator(button).getAttribute('aria-label'), null, 'named by its visible label');
			assert.match(await page.locator(button).innerText(), /Search/);
			assert.deepEqual(files, []);
		},
		{ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } },
	));

test('↑/↓ move between the input and the results, typing goes back to the input, Escape closes', () =>
	root.withPage(
		async (page) => {
			await page.goto(root.url('/'));
			await page.keyboard.press('Control+k');
			const urls = await searchFor(page, 'Cambricon');
			assert.ok(urls.length > 1, 'more than one result');
			const links = page.locator('.pagefind-ui__result-link');
			const focusedLink = () => page.evaluate(() => [...document.querySelectorAll('.pagefind-ui__result-link')].indexOf(document.activeElement!));
			await page.keyboard.press('ArrowDown');
			assert.equal(await focusedLink(), 0, '↓ from the input: the first result');
			await page.keyboard.press('ArrowDown');
			assert.equal(await focusedLink(), 1, '↓ again: the next result');
			assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('href')), await links.nth(1).getAttribute('href'));
			await page.keyboard.press('ArrowUp');
			await page.keyboard.press('ArrowUp');
			assert.ok(await page.evaluate(searchInputFocused), '↑ from the first result: the input');
			await page.keyboard.press('ArrowDown');
			await page.keyboard.type('s');
			assert.ok(await page.evaluate(searchInputFocused), 'a character typed on a result goes to the input');
			assert.equal(await page.inputValue(input), 'Cambricons');
			// Wait for that search to finish: a Backspace within the debounce would leave the old
			// "… for Cambricon" message in place while a search for the same term still re-renders the
			// results, taking the focus away from the link ↓ is about to focus.
			await resultsShown(page, 'Cambricons');
			await page.keyboard.press('Backspace');
			await resultsShown(page, 'Cambricon');
			await page.keyboard.press('ArrowDown');
			assert.equal(await focusedLink(), 0);
			await page.keyboard.press('Escape');
			await page.waitForSelector('site-search dialog:not([open])', { state: 'attached' });
			// The dialog's close event, a task queued after it closes, hands focus back to the search button.
			// Waiting only for focus to leave the dialog was a race: it passes while focus is briefly on the
			// body, before that event has run (seen with two test files sharing two cores).
			const backOnButton = () => document.activeElement?.matches('site-search button[data-open-modal]') ?? false;
			await page.waitForFunction(backOnButton, undefined, { timeout: 5_000 }).catch(() => {});
			assert.ok(await page.evaluate(backOnButton), 'focus is back on the search button');
		},
		{ viewport: { width: 1280, height: 800 } },
	));

test('axe-core 4.14: the search button, then the open dialog with results, light and dark, 390 and 1280 px', () =>
	root.withPage(
		async (page) => {
			assert.match(axeVersion, /^4\.14\./, 'axe-core 4.14 (its label-content-name-mismatch rule checks the button)');
			await page.goto(root.url('/'));
			await page.waitForSelector(`${button}:not([disabled])`);
			assert.deepEqual(await axeInEveryState(page, ['site-search > button']), [], 'the button');
			await page.keyboard.press('Control+k');
			await searchFor(page, 'H200');
			assert.deepEqual(await axeInEveryState(page, ['site-search dialog']), [], 'the open dialog');
		},
		{ viewport: { width: 1280, height: 900 } },
	));
