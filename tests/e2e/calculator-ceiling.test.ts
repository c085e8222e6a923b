/**
 * The January 2026 review ceiling (91 FR 1684) in the built site: the calculator shows it as a
 * third result for typed or chosen figures, and the all-chips table has a column for it, saying
 * that it decides case-by-case licence review for China, not the ECCN. Published cases: the H200
 * and MI325X are below it (the rule's own examples), the B200 and B300 above it.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { siteInBrowser } from '../support/harness.ts';

const site = siteInBrowser();
const calculator = (query = '') => site.url(`/export-rules/calculator/${query}`);

async function ceilingBox(page: Page) {
	const box = page.locator('[data-output] [data-rule="2026-01"]');
	return {
		visible: await box.isVisible(),
		status: await box.getAttribute('data-status'),
		heading: (await box.locator('.calc-rule-name').innerText()).trim(),
		verdict: (await box.locator('[data-verdict]').innerText()).trim(),
		reason: (await box.locator('[data-reason]').innerText()).trim(),
	};
}

describe('the calculator shows the January 2026 review ceiling', () => {
	test('H200-like figures typed in: below the review ceiling, and still 3A090.a', async () => {
		await site.withPage(async (page, problems) => {
			await page.goto(calculator());
			await page.selectOption('#calc-chip', '');
			for (const [field, value] of [
				['tops', '1979'],
				['die', '814'],
				['io', '900'],
				['bw', '4800'],
			] as const)
				await page.fill(`#calc-${field}`, value);
			await page.selectOption('#calc-bits', '8');
			const box = await ceilingBox(page);
			assert.ok(box.visible);
			assert.equal(box.status, 'below-ceiling');
			assert.match(box.verdict, /below the review ceiling/i);
			assert.match(box.heading, /January 2026 review ceiling: licence review for China, not the ECCN/);
			assert.match(box.reason, /TPP 15,832 is below 21,000 and its total DRAM bandwidth of 4,800 GB\/s is below 6,500 GB\/s/);
			assert.match(box.reason, /91 FR 1684/);
			assert.equal(await page.locator('[data-output] [data-rule="2023-10"]').getAttribute('data-status'), 'controlled');
			assert.equal(new URL(await page.evaluate(() => location.href)).searchParams.get('bw'), '4800', 'the bandwidth is in the URL');
			assert.deepEqual(problems.console, []);
		});
	});

	test('the B200 record: at or above the ceiling', async () => {
		await site.withPage(async (page) => {
			await page.goto(calculator('?chip=b200'));
			const box = await ceilingBox(page);
			assert.equal(box.status, 'above-ceiling');
			assert.match(box.verdict, /At or above the review ceiling/);
			assert.equal(await page.inputValue('#calc-bw'), '8000', 'the record’s 8 TB/s is filled in as GB/s');
		});
	});

	test('no bandwidth under the TPP ceiling: the calculator asks for it', async () => {
		await site.withPage(async (page) => {
			await page.goto(calculator('?tops=1979&bits=8&die=814&io=900&dc=1'));
			const box = await ceilingBox(page);
			assert.equal(box.status, 'undecided');
			assert.match(box.verdict, /Cannot decide against the January 2026 review ceiling/);
			assert.match(box.reason, /^Memory bandwidth is needed/);
		});
	});

	test('a refused bandwidth gets an inline message', async () => {
		await site.withPage(async (page) => {
			await page.goto(calculator('?chip=h200'));
			await page.fill('#calc-bw', '-5');
			const error = page.locator('#calc-bw-error');
			assert.ok(await error.isVisible());
			assert.match(await error.innerText(), /0 or more/);
			assert.equal(await page.locator('#calc-bw').getAttribute('aria-invalid'), 'true');
		});
	});
});

describe('the all-chips table has a column for the ceiling', () => {
	test('without JavaScript: heading, explanation and results from the records', async () => {
		await site.withPage(
			async (page) => {
				await page.goto(calculator());
				const table = page.locator('#all-chips-table table');
				const heading = (await table.locator('thead th[data-rule="2026-01"]').innerText()).replace(/\s+/g, ' ').trim();
				assert.match(heading, /January 2026 review ceiling/);
				assert.match(heading, /not the ECCN/);
				assert.match(await page.locator('#all-chips-note').innerText(), /does not change the ECCN/);
				const cell = async (id: string) => (await table.locator(`tr[data-chip="${id}"] td[data-rule="2026-01"]`).innerText()).trim();
				assert.equal(await cell('h200'), 'Below the review ceiling');
				assert.equal(await cell('mi325x'), 'Below the review ceiling');
				assert.equal(await cell('b200'), 'At or above the review ceiling');
				assert.equal(await cell('b300'), 'At or above the review ceiling');
				const cells = await table.locator('tbody td[data-rule="2026-01"]').count();
				assert.equal(cells, await table.locator('tbody tr').count(), 'every chip has a ceiling result or says what is missing');
			},
			{ javaScriptEnabled: false },
		);
	});
});
