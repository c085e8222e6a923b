/**
 * The timeline in a real browser: it shows every event record, in order, each at its own
 * anchor that lands below the sticky header; the filters work by keyboard, live in the URL and
 * never hide a linked entry; without JavaScript the whole list is there.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { htmlFile } from '../../tools/site.ts';
import { siteInBrowser } from '../support/harness.ts';
import { axeViolations, setTheme, themes } from '../support/axe.ts';
import { dataset } from '../support/dataset.ts';
import { formatIsoDate } from '../../src/lib/format.ts';

/** The page's own location: page.url() can lag behind history.replaceState. */
const here = (page: Page) => page.evaluate(() => location.href);

const records = [...dataset.events].map(([id, event]) => ({ id, ...event }));
/**
 * Expected order, written out independently of the page's own sort: by date, a month-only date
 * after every dated day of its month (and a year-only one after the whole year), then by id.
 */
const sortable = (date: string) => (date + '-99-99').slice(0, 10);
const expected = [...records].sort((a, b) => {
	const [da, db] = [sortable(a.date), sortable(b.date)];
	return da === db ? (a.id < b.id ? -1 : 1) : da < db ? -1 : 1;
});
const count = (side: string) => records.filter((r) => r.side === side).length;

const site = siteInBrowser();

/** Opens the timeline (with `suffix`), runs `use`, checks nothing was logged to the console, and closes the page whatever happens. */
function open<T>(suffix: string, use: (page: Page) => Promise<T>, options: BrowserContextOptions = {}): Promise<T> {
	return site.atPage(
		`/timeline/${suffix}`,
		async (page, problems) => {
			const result = await use(page);
			assert.deepEqual(problems.console, [], `console on /timeline/${suffix}`);
			return result;
		},
		{ viewport: { width: 1280, height: 900 }, ...options },
	);
}

function visibleEntries(page: Page) {
	return page
		.locator('[data-entry]')
		.evaluateAll((els) =>
			els
				.filter((el) => (el as HTMLElement).offsetParent !== null)
				.map((el) => ({ id: (el as HTMLElement).dataset['id']!, side: (el as HTMLElement).dataset['side']! })),
		);
}

/** Bottom edge of whatever is pinned to the top of the viewport (header, and the mobile "On this page" bar). */
function stickyBottom(page: Page) {
	return page.evaluate(() => {
		let bottom = 0;
		for (const el of document.querySelectorAll('body *')) {
			const style = getComputedStyle(el);
			if (style.position !== 'fixed' && style.position !== 'sticky') continue;
			const rect = el.getBoundingClientRect();
			if (rect.height === 0 || rect.top > 1 || rect.height > innerHeight / 2 || rect.width < innerWidth / 2) continue;
			bottom = Math.max(bottom, rect.bottom);
		}
		return bottom;
	});
}

describe('the timeline lists every event record', () => {
	test('the rendered entries equal the records: count, ids, dates and order', async () => {
		await open('', async (page) => {
			const rendered = await page.locator('[data-entry]').evaluateAll((els) =>
				els.map((el) => ({
					id: el.querySelector('h3')!.id,
					datetime: el.querySelector('time')!.getAttribute('datetime'),
					shown: el.querySelector('time')!.textContent.trim(),
					side: el.querySelector('.tl-side')!.textContent.replace('Side:', '').trim(),
					year: el.closest('section')!.querySelector('h2')!.id,
				})),
			);
			assert.equal(rendered.length, records.length, 'one entry per record');
			const sideText: Record<string, string> = { us: 'US', china: 'China', company: 'Company', other: 'Other' };
			assert.deepEqual(
				rendered,
				expected.map((r) => ({ id: r.id, datetime: r.date, shown: formatIsoDate(r.date), side: sideText[r.side], year: `y${r.date.slice(0, 4)}` })),
			);
		});
	});

	test('every record id is an element id in the HTML, on an h3 inside the timeline', () => {
		const html = readFileSync(htmlFile('/timeline/'), 'utf8');
		for (const { id } of records) assert.match(html, new RegExp(`<h3 id="${id}"`), `no <h3 id="${id}"> in dist/timeline/index.html`);
	});

	test('entries with an explainer link to it', async () => {
		await open('', async (page) => {
			for (const r of records.filter((e) => e.explainer)) {
				const href = await page.locator(`[data-id="${r.id}"] .tl-explainer a`).getAttribute('href');
				assert.equal(href, r.explainer, r.id);
			}
		});
	});
});

describe('entry anchors', () => {
	const ids = [expected[0]!.id, '2023-10-17-bis-rule-update', expected[Math.floor(expected.length / 2)]!.id, expected.at(-1)!.id];
	for (const width of [1280, 390]) {
		for (const id of ids) {
			test(`/timeline/#${id} at ${width}px lands on the entry, below the sticky header`, async () => {
				await open(
					`#${id}`,
					async (page) => {
						await page.waitForTimeout(300);
						const heading = page.locator(`h3[id="${id}"]`);
						assert.ok(await heading.isVisible(), 'entry is shown');
						const box = (await heading.boundingBox())!;
						const header = await stickyBottom(page);
						assert.ok(header > 0, 'found the sticky header');
						assert.ok(box.y >= header - 1, `heading top ${box.y} is under the header bottom ${header}`);
						assert.ok(box.y + box.height <= 800, `heading bottom ${box.y + box.height} is inside the viewport`);
					},
					{ viewport: { width, height: 800 } },
				);
			});
		}
	}
});

describe('filters', () => {
	test('operated by keyboard alone, a filter hides entries and updates the count and the URL', async () => {
		await open('', async (page) => {
			await page
				.locator('body')
				.click({ position: { x: 5, y: 5 } })
				.catch(() => {});
			await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
			let found = false;
			for (let i = 0; i < 250 && !found; i++) {
				await page.keyboard.press('Tab');
				found = await page.evaluate(() => {
					const el = document.activeElement;
					return el instanceof HTMLInputElement && el.name === 'side' && el.value === 'us';
				});
			}
			assert.ok(found, 'the "US" checkbox is reachable with Tab');
			await page.keyboard.press('Space');
			assert.equal(await page.locator('input[name="side"][value="us"]').isChecked(), false);
			const shown = await visibleEntries(page);
			assert.equal(shown.length, records.length - count('us'));
			assert.ok(
				shown.every((e) => e.side !== 'us'),
				'no US entry is shown',
			);
			assert.equal(await page.locator('[data-status]').innerText(), `Showing ${records.length - count('us')} of ${records.length} events.`);
			const query = new URL(await here(page)).searchParams.get('side');
			assert.ok(query, 'the URL carries the side filter');
			assert.deepEqual(new Set(query.split(',')), new Set([...new Set(records.map((r) => r.side))].filter((s) => s !== 'us')));

			await page.keyboard.press('Space');
			assert.equal((await visibleEntries(page)).length, records.length, 'ticking it again shows everything');
			assert.equal(new URL(await here(page)).search, '', 'and clears the query');
		});
	});

	test('loading ?side=china shows only the China entries', async () => {
		await open('?side=china', async (page) => {
			const shown = await visibleEntries(page);
			assert.ok(count('china') > 0);
			assert.equal(shown.length, count('china'));
			assert.ok(shown.every((e) => e.side === 'china'));
			assert.equal(await page.locator('[data-status]').innerText(), `Showing ${count('china')} of ${records.length} events.`);
			assert.equal(await page.locator('input[name="side"][value="china"]').isChecked(), true);
			assert.equal(await page.locator('input[name="side"][value="us"]').isChecked(), false);
		});
	});

	test('a linked entry is shown even when the filter in the link would hide it', async () => {
		const id = '2023-10-17-bis-rule-update';
		assert.equal(records.find((r) => r.id === id)?.side, 'us');
		await open(`?side=china#${id}`, async (page) => {
			await page.waitForTimeout(300);
			const heading = page.locator(`h3[id="${id}"]`);
			assert.ok(await heading.isVisible(), 'the linked US entry is shown');
			const box = (await heading.boundingBox())!;
			assert.ok(box.y >= (await stickyBottom(page)) - 1 && box.y < 900, 'and scrolled into view');
			const shown = await visibleEntries(page);
			assert.equal(shown.length, count('china') + 1);
			assert.match(await page.locator('[data-status]').innerText(), /including the linked event/);
		});
	});

	test('the kind filter combines with the side filter', async () => {
		await open('?side=us&kind=rule', async (page) => {
			const want = records.filter((r) => r.side === 'us' && r.kind === 'rule').length;
			assert.ok(want > 0);
			assert.equal((await visibleEntries(page)).length, want);
			await page.locator('[data-reset]').click();
			assert.equal((await visibleEntries(page)).length, records.length);
			assert.equal(new URL(await here(page)).search, '');
		});
	});
});

test('without JavaScript the full list is present and no dead filter is shown', async () => {
	await open(
		'',
		async (page) => {
			assert.equal((await visibleEntries(page)).length, records.length);
			assert.equal(await page.locator('[data-filters]').isVisible(), false);
		},
		{ javaScriptEnabled: false },
	);
});

test('no axe violations in the timeline, filters shown: light and dark', async () => {
	await open('', async (page) => {
		const violations: string[] = [];
		for (const theme of themes) {
			await setTheme(page, theme);
			for (const v of await axeViolations(page, ['timeline-filter'])) violations.push(`${theme} ${v}`);
		}
		assert.deepEqual(violations, []);
	});
});
