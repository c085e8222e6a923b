/**
 * Every figure quoted on a page (<Fig>, spec tables: <data data-record="kind/id/field">) equals
 * its record, and every content page cites at least one source from the registry.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtPages } from '../../tools/dist-html.ts';
import { distDir } from '../../tools/site.ts';
import { dataset } from '../support/dataset.ts';
import type { Dataset } from '../../src/lib/data/validate.ts';
import { nonReaderPages } from '../../src/lib/site/citation-mix.ts';

const pages = builtPages(distDir).filter((p) => p.path.endsWith('/') && p.root.querySelector('.sl-markdown-content'));

const isKind = (kind: string): kind is keyof Dataset => kind in dataset;

/** The value a `data-record` reference ("chips/h200/memoryCapacity", "series/<id>/<label>") names in the validated records. */
function recordValue(reference: string): string | number | undefined {
	const [kind, id = '', ...rest] = reference.split('/');
	if (kind === 'series') {
		const label = rest.join('/');
		return dataset.series.get(id)?.points.find((p) => p.label === label)?.value;
	}
	if (!kind || !isKind(kind)) return undefined;
	const figure = (rest[0] ?? '').split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), dataset[kind].get(id));
	if (figure && typeof figure === 'object' && 'value' in figure && (typeof figure.value === 'string' || typeof figure.value === 'number')) return figure.value;
	return undefined;
}

test('every quoted figure equals its record', () => {
	const mismatches: string[] = [];
	let checked = 0;
	for (const page of pages) {
		for (const el of page.root.querySelectorAll('data[data-record]')) {
			const record = el.getAttribute('data-record')!;
			const expected = recordValue(record);
			const shown = el.getAttribute('value');
			checked++;
			if (expected === undefined) mismatches.push(`${page.path}: ${record} has no value in its record`);
			else if (String(expected) !== shown) mismatches.push(`${page.path}: ${record} shows ${shown}, record says ${expected}`);
			else if (typeof expected === 'number') {
				const digits = el.text.replace(/[^\d.]/g, '');
				if (!digits || Math.abs(Number(digits) - expected) > Math.max(0.01, Math.abs(expected) * 0.005))
					mismatches.push(`${page.path}: ${record} reads "${el.text}", record says ${expected}`);
			}
		}
	}
	assert.ok(checked > 50, `only ${checked} figures found`);
	assert.deepEqual(mismatches, []);
});

test('every content page cites at least one source from the registry', () => {
	const uncited = pages
		.filter((p) => !nonReaderPages.has(p.path) && p.path !== '/glossary/')
		.filter((p) => !p.root.querySelector('.sl-markdown-content a[href*="/sources/#"]'))
		.map((p) => p.path);
	assert.deepEqual(uncited, []);
});

test('content pages state an "as of" date', () => {
	const missing = pages.filter((p) => p.path !== '/changes/' && !/as of/i.test(p.root.querySelector('main')!.text)).map((p) => p.path);
	assert.deepEqual(missing, []);
});
