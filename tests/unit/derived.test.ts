/** Derived paths (src/lib/data/derived.ts) and the dist check that recomputes them (tests/support/derived-check.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import { validateDataset } from '../../src/lib/data/validate.ts';
import { DerivedPathError, evaluateDerived, metricPath } from '../../src/lib/data/derived.ts';
import { checkDerived } from '../support/derived-check.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { chips } = validateDataset(`${root}content/data/`, root).dataset;

test('paths name chip metrics, record figures and 3A090 thresholds', () => {
	assert.equal(metricPath('h200', 'tpp'), 'h200.tpp');
	assert.equal(metricPath('h200', 'flopPerByte'), 'h200.flopPerByte.fp16');
	assert.equal(evaluateDerived('h200.tpp', chips).value, 15_832);
	assert.equal(evaluateDerived('h100-sxm.tpp.fp16', chips).value, 989.5 * 16);
	assert.equal(evaluateDerived('h100-sxm.dieArea', chips).value, 814);
	assert.equal(evaluateDerived('rule:2023-10.b1.minTpp', chips).value, 2400);
	assert.deepEqual(evaluateDerived('rule:2023-10.b1.minTpp - h20.tpp', chips), {
		value: 32,
		sources: ['fr-2023-23055', 'tweaktown-2024-h20-mass-production'],
		provisional: false,
		digits: 0,
	});
	assert.equal(evaluateDerived('h200.tpp / h20.tpp', chips).value, 15_832 / 2_368);
	assert.equal(evaluateDerived('rule:2023-10.a2.minDensity × h100-sxm.dieArea', chips).value, 5.92 * 814);
});

test('a path that names nothing throws, saying what would work', () => {
	for (const [path, message] of [
		['h999.tpp', /unknown chip "h999"/],
		['h200.speed', /not a metric/],
		['h200.density.fp8', /lacks the figures/],
		['ascend-910c.density', /lacks the figures/],
		['rule:2030-01.a1.minTpp', /unknown rule version/],
		['rule:2023-10.a9.minTpp', /not a number/],
		['h200.tpp + h20.tpp', /two joined by/],
	] as const) {
		assert.throws(
			() => evaluateDerived(path, chips),
			(e: unknown) => e instanceof DerivedPathError && message.test(e.message),
			path,
		);
	}
});

const page = (html: string) => [{ path: '/x/', root: parse(html) }];

test('the dist check passes true figures, including values rounded for display', () => {
	const ok = checkDerived(
		page(
			'<data value="15832" data-derived="h200.tpp">15,832</data><data value="19.45" data-derived="h200.density">19.45</data>' +
				'<data value="20919" data-derived="mi325x.tpp">20,900</data><data value="6.7" data-derived="h200.tpp / h20.tpp">6.7</data>',
		),
		chips,
	);
	assert.deepEqual(ok, { checked: 4, problems: [] });
});

test('the dist check fails a wrong value, a wrong text and an unknown path', () => {
	const { problems } = checkDerived(
		page(
			'<data value="15833" data-derived="h200.tpp">15,833</data><data value="15832" data-derived="h200.tpp">16,832</data>' +
				'<data value="1" data-derived="h999.tpp">1</data>',
		),
		chips,
	);
	assert.equal(problems.length, 3);
	assert.match(problems[0]!, /h200\.tpp has value="15833"/);
	assert.match(problems[1]!, /h200\.tpp reads "16,832"/);
	assert.match(problems[2]!, /unknown chip "h999"/);
});
