/**
 * The "Is this chip controlled?" calculator in a real browser: known chips give the results
 * the classifier's unit tests establish; refused figures get an inline message and never a
 * result or "NaN"; the URL restores a result; without JavaScript the table covers every chip.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { siteInBrowser } from '../support/harness.ts';
import { axeInEveryState } from '../support/axe.ts';
import { dataset } from '../support/dataset.ts';
import type { RuleVersion } from '../../src/lib/export-control/thresholds.ts';

/** The page's own location: page.url() can lag behind history.replaceState. */
const here = (page: Page) => page.evaluate(() => location.href);

const chips = dataset.chips;
const site = siteInBrowser();

/**
 * Opens the calculator (with `query`), runs `use`, checks nothing was logged to the console, and
 * closes the page whatever happens.
 */
function open<T>(query: string, use: (page: Page) => Promise<T>, options: BrowserContextOptions = {}): Promise<T> {
	return site.atPage(
		`/export-rules/calculator/${query}`,
		async (page, problems) => {
			const result = await use(page);
			assert.deepEqual(problems.console, [], `console on /export-rules/calculator/${query}`);
			return result;
		},
		{ viewport: { width: 1280, height: 900 }, ...options },
	);
}

/** The verdict box for a rule version: its status attribute and its text. */
async function verdict(page: Page, rule: RuleVersion) {
	const box = page.locator(`[data-output] [data-rule="${rule}"]`);
	return {
		visible: await box.isVisible(),
		status: await box.getAttribute('data-status'),
		verdict: (await box.locator('[data-verdict]').innerText()).trim(),
		reason: (await box.locator('[data-reason]').innerText()).trim(),
	};
}

async function assertNoNaN(page: Page) {
	const text = await page.locator('main').innerText();
	assert.doesNotMatch(text, /NaN|undefined|Infinity/, 'no NaN, undefined or Infinity on the page');
}

describe('known chips give the classifications the unit tests establish', () => {
	// tests/unit/classifier.test.ts: H100 and H200 are 3A090.a under both texts; H20 is not controlled under either.
	const cases = [
		{ id: 'h100-sxm', status: 'controlled', clause: '3A090.a' },
		{ id: 'h200', status: 'controlled', clause: '3A090.a' },
		{ id: 'h20', status: 'not-controlled', clause: null },
	] as const;
	for (const c of cases) {
		test(`${c.id}: ${c.status} under the 2022 and 2023 texts`, async () => {
			await open('', async (page) => {
				await page.selectOption('#calc-chip', c.id);
				for (const rule of ['2022-10', '2023-10'] as const) {
					const v = await verdict(page, rule);
					assert.ok(v.visible, `${rule} verdict is shown`);
					assert.equal(v.status, c.status, `${rule} status`);
					if (c.clause) assert.match(v.verdict, new RegExp(c.clause.replace('.', '\\.')));
					else assert.match(v.verdict, /Not controlled/);
					assert.ok(v.reason.length > 40, 'the reason is given in words');
				}
				const record = chips.get(c.id)!;
				assert.equal(await page.inputValue('#calc-die'), String(record.dieArea!.value));
				assert.equal(new URL(await here(page)).searchParams.get('chip'), c.id, 'the URL names the chip');
				await assertNoNaN(page);
			});
		});
	}

	test('choosing a chip with the keyboard works too', async () => {
		await open('', async (page) => {
			await page.focus('#calc-chip');
			await page.selectOption('#calc-chip', 'h100-sxm');
			// Change it by keyboard: ArrowDown moves a focused closed <select> to the next option.
			const before = await page.inputValue('#calc-chip');
			await page.keyboard.press('ArrowDown');
			const after = await page.inputValue('#calc-chip');
			assert.notEqual(after, before, 'ArrowDown changed the selection');
			assert.equal(new URL(await here(page)).searchParams.get('chip'), after || null);
		});
	});

	test('the working shows TPP and density for the H200', async () => {
		await open('?chip=h200', async (page) => {
			const h200 = chips.get('h200')!;
			const fp8 = h200.throughput['fp8']!.value;
			const tpp = fp8 * 8;
			const fmt = (n: number, d = 0) => new Intl.NumberFormat('en-US', { maximumFractionDigits: d }).format(n);
			assert.equal(await page.locator('[data-tpp]').innerText(), `${fmt(fp8)} × 8 bits = ${fmt(tpp)}`);
			assert.equal(await page.locator('[data-density]').innerText(), `${fmt(tpp)} ÷ ${fmt(h200.dieArea!.value)} mm² = ${fmt(tpp / h200.dieArea!.value, 2)}`);
		});
	});
});

describe('refused input gets an inline message and no result', () => {
	const cases = [
		{ field: 'tops', value: '-5', message: /0 or more/ },
		{ field: 'tops', value: '', message: /Enter the dense throughput/ },
		{ field: 'tops', value: 'abc', message: /not a number/ },
		{ field: 'tops', value: '1979000', message: /plausible maximum/ },
		{ field: 'die', value: '-814', message: /greater than 0/ },
		{ field: 'die', value: '0', message: /greater than 0/ },
		{ field: 'die', value: '12 mm', message: /not a number/ },
		{ field: 'die', value: '814000000', message: /plausible maximum/ },
		{ field: 'io', value: '-900', message: /0 or more/ },
		{ field: 'io', value: '1e9', message: /plausible maximum/ },
	] as const;
	for (const c of cases) {
		test(`${c.field} = "${c.value}"`, async () => {
			await open('?chip=h200', async (page) => {
				const input = page.locator(`#calc-${c.field}`);
				await input.click();
				await page.keyboard.press('ControlOrMeta+a');
				await page.keyboard.press('Backspace');
				if (c.value) await page.keyboard.type(c.value);
				const error = page.locator(`#calc-${c.field}-error`);
				assert.ok(await error.isVisible(), 'the message is shown next to the field');
				assert.match(await error.innerText(), c.message);
				assert.equal(await input.getAttribute('aria-invalid'), 'true');
				assert.match((await input.getAttribute('aria-describedby')) ?? '', new RegExp(`calc-${c.field}-error`));
				assert.equal(await page.locator('[data-show="result"]').isVisible(), false, 'no result is shown');
				assert.ok(await page.locator('[data-show="invalid"]').isVisible(), 'the output says why');
				await assertNoNaN(page);

				// Putting the record's figure back clears the message and brings the result back.
				await page.selectOption('#calc-chip', 'h200');
				assert.equal(await error.isVisible(), false);
				assert.equal(await input.getAttribute('aria-invalid'), null);
				assert.ok(await page.locator('[data-show="result"]').isVisible());
			});
		});
	}
});

describe('the URL holds the state', () => {
	test('typed figures are written to the URL and restored from it', async () => {
		const link = await open('?chip=h20', async (page) => {
			await page.fill('#calc-io', '400');
			const search = new URL(await here(page)).searchParams;
			assert.equal(search.get('chip'), null, 'edited figures are no longer the record');
			assert.equal(search.get('io'), '400');
			assert.equal(await page.inputValue('#calc-chip'), '');
			return here(page);
		});

		await open(new URL(link).search, async (again) => {
			assert.equal(await again.inputValue('#calc-io'), '400');
			assert.equal(await again.inputValue('#calc-tops'), String(chips.get('h20')!.throughput['fp8']!.value));
			assert.equal((await verdict(again, '2023-10')).status, 'not-controlled');
		});
	});

	test('?tops=1979&bits=8&die=814&io=900&dc=1 restores an H200-like result', async () => {
		await open('?tops=1979&bits=8&die=814&io=900&dc=1', async (page) => {
			assert.equal(await page.inputValue('#calc-tops'), '1979');
			assert.equal(await page.inputValue('#calc-bits'), '8');
			assert.equal(await page.inputValue('#calc-die'), '814');
			assert.equal(await page.inputValue('#calc-io'), '900');
			assert.equal(await page.isChecked('#calc-dc'), true);
			assert.equal((await verdict(page, '2022-10')).status, 'controlled');
			assert.equal((await verdict(page, '2023-10')).status, 'controlled');
			assert.match(await page.locator('[data-tpp]').innerText(), /= 15,832$/);
		});
	});

	test('a missing figure the rule needs says so instead of guessing', async () => {
		// TPP 2,400 with no die area: the 2023 text needs density; the 2022 text does not.
		await open('?tops=300&bits=8&dc=1', async (page) => {
			assert.equal((await verdict(page, '2022-10')).status, 'not-controlled');
			const v2023 = await verdict(page, '2023-10');
			assert.equal(v2023.status, 'undecided');
			assert.match(v2023.reason, /Die area is needed/);
			assert.equal(await page.locator('[data-density]').innerText(), 'Not computed: no die area given');
			await assertNoNaN(page);
		});
	});

	test('a non-data-centre part under 4,800 is excluded by Note 2 (2023)', async () => {
		await open('?tops=250&bits=16&die=100&dc=0', async (page) => {
			assert.equal((await verdict(page, '2023-10')).status, 'not-controlled');
			assert.match((await verdict(page, '2023-10')).reason, /Note 2/);
			await page.click('#calc-dc');
			assert.equal((await verdict(page, '2023-10')).status, 'controlled');
			assert.equal(new URL(await here(page)).searchParams.get('dc'), '1');
		});
	});
});

describe('without JavaScript', () => {
	test('the form is hidden and the table lists every chip record with a result or what is missing', async () => {
		await open(
			'',
			async (page) => {
				assert.equal(await page.locator('control-calculator').isVisible(), false, 'the form is hidden');
				const table = page.locator('#all-chips-table table');
				assert.ok(await table.isVisible());
				assert.match(await table.locator('caption').innerText(), /All chips in our records/);
				const rows = await table.locator('tbody tr').evaluateAll((trs) =>
					trs.map((tr) => ({
						id: (tr as HTMLElement).dataset['chip']!,
						r2022: tr.querySelector('[data-rule="2022-10"]')!.textContent.trim(),
						r2023: tr.querySelector('[data-rule="2023-10"]')!.textContent.trim(),
						r2026: tr.querySelector('[data-rule="2026-01"]')!.textContent.trim(),
					})),
				);
				assert.deepEqual(rows.map((r) => r.id).sort(), [...chips.keys()].sort(), 'one row per chip record');
				const row = (id: string) => rows.find((r) => r.id === id)!;
				assert.match(row('h100-sxm').r2022, /3A090\.a/);
				assert.match(row('h200').r2023, /3A090\.a/);
				assert.equal(row('h20').r2023, 'Not controlled');
				assert.equal(row('h200').r2026, 'Below the review ceiling');
				for (const r of rows) assert.ok(r.r2022 && r.r2023 && r.r2026, `${r.id} has every result`);
				for (const [id, chip] of chips) {
					if (!chip.throughput || Object.keys(chip.throughput).length === 0) assert.match(row(id).r2023, /Not enough data: missing dense throughput/, id);
				}
				await assertNoNaN(page);
			},
			{ javaScriptEnabled: false },
		);
	});

	test('with JavaScript the table is still there', async () => {
		await open('', async (page) => {
			assert.ok(await page.locator('#all-chips-table table').isVisible());
			assert.ok(await page.locator('control-calculator').isVisible());
		});
	});
});

test('the chart places every chip record that has a throughput figure and a die area', () => {
	const chart = dataset.charts.get('all-chips-vs-3a090-thresholds')?.data;
	assert.ok(chart?.kind === 'tpp-density', 'the all-chips chart is a TPP/density chart');
	const placeable = [...chips].filter(([, c]) => c.dieArea && c.throughput && Object.keys(c.throughput).length > 0).map(([id]) => id);
	assert.deepEqual([...chart.chips].sort(), placeable.sort());
});

test('no axe violations in the calculator, with an error shown: light and dark, 390 and 1280 px', async () => {
	await open('?chip=h200', async (page) => {
		await page.fill('#calc-die', '-1');
		assert.deepEqual(await axeInEveryState(page, ['control-calculator', '#all-chips-table']), []);
	});
});
