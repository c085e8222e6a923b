/**
 * Search as a reader uses it: Ctrl+K, type, and the first result is the section that defines
 * what was asked for — in English or Chinese — with a sub-result that lands on the heading.
 * Also: results carry a section label, nav chrome is not indexed, it works under a sub-path, and
 * a reader who opens search before the page is ready loses nothing.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openPage, type PageProblems } from '../../tools/browser.ts';
import { openSearch, readResults, resultsShown, search, searchInputFocused } from '../../tools/search.ts';
import { subpathBase, subpathDistDir } from '../../tools/site.ts';
import { servedSite, siteInBrowser } from '../support/harness.ts';
import { dataset } from '../support/dataset.ts';
import { chipAnswerTitle, chipRowId } from '../../src/lib/calculator/chips.ts';

const calculatorPath = '/export-rules/calculator/';

/**
 * [query, acceptable first hits]. A hit is "page" or "page#anchor": the first result must be that
 * page and, with an anchor, offer that heading among its sub-results. Two hits are listed only
 * where two sections genuinely define the thing (a glossary entry and the explanation it links to).
 */
const expectations: [string, string[]][] = [
	['H200', ['/h200/', '/h200/export-status/']],
	['H20', ['/h200/export-status/#h20']],
	['TPP', ['/glossary/#tpp', '/export-rules/#tpp']],
	['performance density', ['/export-rules/#performance-density', '/glossary/#performance-density']],
	['3A090', ['/export-rules/#eccn-3a090', '/glossary/#eccn-3a090']],
	['October 2022', ['/export-rules/step-by-step/#oct-2022', '/export-rules/#thresholds-2022']],
	['October 2023', ['/export-rules/step-by-step/#oct-2023', '/export-rules/#thresholds-2023']],
	['diffusion', ['/export-rules/step-by-step/#jan-2025-diffusion', '/glossary/#ai-diffusion-rule']],
	['revenue share', ['/export-rules/step-by-step/#aug-2025-h20-licences']],
	['Entity List', ['/export-rules/#entity-list', '/glossary/#entity-list']],
	['FDPR', ['/export-rules/#fdpr', '/glossary/#fdpr']],
	['is-informed', ['/export-rules/#is-informed']],
	['HBM3e', ['/glossary/#hbm3e', '/h200/memory-bandwidth/#hbm3e']],
	['MI300X', ['/h200/specs/']],
	['Huawei', ['/china/#huawei']],
	['华为', ['/china/#huawei']],
	['Ascend 910C', ['/china/#ascend-910c']],
	['CloudMatrix', ['/china/#huawei-clusters']],
	['Cambricon', ['/china/#cambricon']],
	['寒武纪', ['/china/#cambricon']],
	['Baidu Kunlun', ['/china/#baidu-kunlun']],
	['昆仑芯', ['/china/#baidu-kunlun']],
	['平头哥', ['/china/#alibaba-t-head']],
	['SMIC', ['/china/making-chips/#smic-nodes', '/glossary/#smic']],
	['中芯国际', ['/china/making-chips/', '/glossary/#smic']],
	['Big Fund', ['/china/making-chips/#big-fund', '/glossary/#big-fund']],
	// Answers: a timeline event (glossary terms are above; chips' rows are below).
	['Chips and Science Act', ['/timeline/#2022-08-09-chips-and-science-act']],
];

/**
 * Queries whose answer is one entry — a section, a timeline event, a glossary term —
 * and must be the first section the first result offers (after the page's own entry, if listed).
 */
const answers: [string, string][] = [
	['TPP', '/glossary/#tpp'],
	['Ascend 910C', '/china/#ascend-910c'],
	['Chips and Science Act', '/timeline/#2022-08-09-chips-and-science-act'],
];

/** One page with search open, shared by the query tests (closed with the browser). */
let page: Page;
let problems: PageProblems;
const site = siteInBrowser({
	async setup(started) {
		({ page, problems } = await openPage(started.browser));
		await page.goto(started.url('/'));
		await openSearch(page);
	},
});
const subpathSite = servedSite(subpathDistDir, subpathBase);

describe('the first result is the defining section', () => {
	for (const [query, hits] of expectations) {
		test(`"${query}" → ${hits.join(' or ')}`, async () => {
			const results = await search(page, query);
			assert.ok(results.length > 0, 'has results');
			const first = results[0]!;
			assert.ok(first.section, 'the result shows its section label');
			const hit = hits.find((h) => h.split('#')[0] === first.url);
			assert.ok(
				hit,
				`first result ${first.url}; expected ${hits.join(' or ')} (top three: ${results
					.slice(0, 3)
					.map((r) => r.url)
					.join(', ')})`,
			);
			if (hit.includes('#')) {
				const offered = first.sub.map((s) => s.url);
				assert.ok(offered.includes(hit), `offers ${hit} (got ${offered.join(', ')})`);
			}
		});
	}
});

describe('the answer is the first section offered', () => {
	for (const [query, answer] of answers) {
		test(`"${query}" → ${answer}`, async () => {
			const [first] = await search(page, query);
			const sections = first?.sub.map((s) => s.url).filter((url) => url !== first.url && !url.endsWith('#_top')) ?? [];
			assert.equal(sections[0], answer, `first result ${first?.url}, its sections ${sections.join(', ')}`);
		});
	}
});

/**
 * A chip's row in the calculator's table of every chip is an answer of its own: searching for a chip
 * by name offers the calculator page with that row as its first section, under the row's answer title.
 * (The page that explains the chip may rank above it; that is the expectations' business.)
 */
describe("a chip's row in the calculator table is an answer", () => {
	for (const chipId of ['ascend-910b', 'mi300x', 'biren-br100', 'cambricon-mlu290']) {
		const chip = dataset.chips.get(chipId)!;
		const query = chip.name.replace(/\s*\(.*\)$/, ''); // "MLU290 (Siyuan 290)" is searched as "MLU290"
		test(`"${query}" → ${calculatorPath}#${chipRowId(chipId)}`, async () => {
			const results = await search(page, query);
			const calculator = results.find((r) => r.url === calculatorPath);
			assert.ok(calculator, `the calculator is among the results (got ${results.map((r) => r.url).join(', ')})`);
			const [answer] = calculator.sub.filter((s) => s.url !== calculatorPath);
			assert.deepEqual(answer, { title: chipAnswerTitle(chip.name), url: `${calculatorPath}#${chipRowId(chipId)}` });
		});
	}
});

test('following a sub-result lands on its heading, clear of the header', async () => {
	const results = await search(page, 'October 2023');
	const target = results[0]!.sub.find((s) => s.url.includes('#') && !s.url.endsWith('#_top'))!;
	const id = target.url.split('#')[1]!;
	await page.locator(`.pagefind-ui__result-nested a[href="${target.url}"]`).first().click();
	await page.waitForURL((u) => u.hash === `#${id}`);
	await page.waitForTimeout(200);
	const { top, headerBottom } = await page.evaluate(
		(target) => ({
			top: document.getElementById(target)!.getBoundingClientRect().top,
			headerBottom: document.querySelector('header')!.getBoundingClientRect().bottom,
		}),
		id,
	);
	assert.ok(top >= headerBottom - 1 && top < 400, `#${id} top ${top}px, header bottom ${headerBottom}px`);
	await openSearch(page);
});

test('navigation chrome is not indexed', async () => {
	// "Skip to content" and sidebar labels exist on every page but must never be found.
	assert.equal((await search(page, 'Skip to content')).length, 0);
	const results = await search(page, 'Making chips under sanctions');
	assert.deepEqual([...new Set(results.map((r) => r.url))].slice(0, 1), ['/china/making-chips/']);
});

test('chart captions and table contents are indexed', async () => {
	const results = await search(page, 'stops being memory-bound');
	assert.ok(
		results.some((r) => r.url === '/h200/specs/'),
		'chart caption found',
	);
});

test('results can be filtered by section', async () => {
	await search(page, 'H200');
	const filter = page.locator('.pagefind-ui__filter-checkbox[value="China"]');
	assert.ok((await filter.count()) === 1, 'a China filter is offered');
});

test('no console errors while searching', () => {
	assert.deepEqual(problems.console, []);
});

describe(`search under ${subpathBase}`, () => {
	test('the index loads from the sub-path and results link into it', async () => {
		await site.withPage(async (subPage, subProblems) => {
			const failed: string[] = [];
			subPage.on('response', (r) => r.status() >= 400 && failed.push(r.url()));
			await subPage.goto(subpathSite.url('/'));
			await openSearch(subPage);
			const results = await search(subPage, 'Cambricon');
			assert.ok(results.length > 0);
			assert.ok(
				results.every((r) => r.url.startsWith(subpathBase)),
				results.map((r) => r.url).join(', '),
			);
			assert.deepEqual(failed, []);
			assert.deepEqual(subProblems.console, []);
		});
	});
});

/**
 * Opening search early, each made certain rather than left to timing: the page never goes idle
 * (requestIdleCallback is a no-op, as on a page kept busy), and a script the step needs is held
 * back until the reader has acted.
 */
describe('a reader who opens search early loses nothing', () => {
	/** Idle callbacks never run: Starlight's idle-time loading of the search UI never happens. */
	const neverIdle = () => {
		window.requestIdleCallback = () => 0;
	};

	/** Holds back requests for files in _astro/ whose name matches `name` until `release()`. */
	async function holdScript(page: Page, name: RegExp) {
		let release!: () => void;
		const released = new Promise<void>((resolve) => (release = resolve));
		const held: string[] = [];
		await page.route(
			(url) => url.pathname.includes('/_astro/') && name.test(url.pathname.split('/').pop()!),
			async (route) => {
				held.push(route.request().url());
				await released;
				await route.continue();
			},
		);
		return { held, release };
	}

	test('Ctrl+K before the page has gone idle: the input is there, focused, and finds', async () => {
		await site.withPage(async (early, earlyProblems) => {
			await early.addInitScript(neverIdle);
			await early.goto(site.url('/'));
			await openSearch(early);
			const results = await search(early, 'Cambricon');
			assert.ok(
				results.some((r) => r.url === '/china/'),
				results.map((r) => r.url).join(', '),
			);
			assert.deepEqual(earlyProblems.console, []);
		});
	});

	test('keys typed before the search UI has loaded show at once, and are kept, with the caret, and searched for', async () => {
		await site.withPage(async (early, earlyProblems) => {
			await early.addInitScript(neverIdle);
			const ui = await holdScript(early, /^search-ui\./);
			await early.goto(site.url('/'));
			await early.waitForSelector('site-search button[data-open-modal]:not([disabled])');
			await early.keyboard.press('Control+k');
			await early.waitForSelector('dialog[open]');
			await early.keyboard.type('Cambricx');
			await early.keyboard.press('Backspace');
			await early.keyboard.type('on');
			assert.equal(await early.locator('input.pagefind-ui__search-input').count(), 0, 'typed while the UI was still loading');
			assert.ok(ui.held.length > 0, 'the search UI was requested when the dialog opened');
			const shell = early.locator('dialog[open] [data-search-shell] input');
			assert.equal(await shell.inputValue(), 'Cambricon', 'what was typed shows in the input the dialog opened with');
			assert.ok(await shell.evaluate((el) => el === document.activeElement));
			await early.keyboard.press('ArrowLeft');
			await early.keyboard.press('ArrowLeft');
			ui.release();
			await early.waitForFunction(searchInputFocused, undefined, { timeout: 10_000 });
			assert.equal(await early.inputValue('dialog[open] input.pagefind-ui__search-input'), 'Cambricon');
			assert.equal(await early.locator('[data-search-shell]').count(), 0, 'the search UI replaced the first input');
			assert.equal(
				await early.locator('dialog[open] input.pagefind-ui__search-input').evaluate((el: HTMLInputElement) => el.selectionStart),
				7,
				'the caret stayed where the reader left it',
			);
			await resultsShown(early, 'Cambricon');
			assert.ok((await readResults(early)).some((r) => r.url === '/china/'));
			assert.deepEqual(earlyProblems.console, []);
		});
	});

	test('Ctrl+K before the search script has run opens search once it has', async () => {
		await site.withPage(async (early, earlyProblems) => {
			const script = await holdScript(early, /^Search\.astro_astro_type_script/);
			await early.goto(site.url('/'), { waitUntil: 'commit' });
			await early.waitForSelector('main', { state: 'attached' }); // parsed past the header and its inline scripts
			assert.equal(await early.evaluate(() => customElements.get('site-search')), undefined, 'the search element is not defined yet');
			await early.keyboard.press('Control+k');
			script.release();
			await early.waitForFunction(searchInputFocused, undefined, { timeout: 10_000 });
			await early.keyboard.press('Escape');
			await early.waitForSelector('dialog:not([open])', { state: 'attached' });
			await early.keyboard.press('Control+k');
			await early.waitForFunction(searchInputFocused, undefined, { timeout: 10_000 });
			assert.deepEqual(earlyProblems.console, []);
		});
	});
});
