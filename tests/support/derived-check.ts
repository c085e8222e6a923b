/**
 * Recomputes every computed figure in built HTML (<data data-derived="path">, from <Derived> and
 * the spec tables' computed rows) from the validated chip records, with the same path evaluator the
 * pages use (src/lib/data/derived.ts). No browser needed: it reads parsed HTML.
 */
import type { HTMLElement } from 'node-html-parser';
import type { Chip } from '../../src/lib/data/schemas.ts';
import { evaluateDerived } from '../../src/lib/data/derived.ts';

/** Half a unit in the last decimal a number is written with: "19.45" → 0.005, "15832" → 0.5. */
const halfUnit = (written: string) => 0.5 * 10 ** -(written.split('.')[1]?.length ?? 0);

export function checkDerived(pages: readonly { path: string; root: HTMLElement }[], chips: ReadonlyMap<string, Chip>): { checked: number; problems: string[] } {
	const problems: string[] = [];
	let checked = 0;
	for (const page of pages) {
		for (const el of page.root.querySelectorAll('data[data-derived]')) {
			checked++;
			const path = el.getAttribute('data-derived') ?? '';
			let expected: number;
			try {
				expected = evaluateDerived(path, chips).value;
			} catch (error) {
				problems.push(`${page.path}: ${error instanceof Error ? error.message : String(error)}`);
				continue;
			}
			const value = el.getAttribute('value') ?? '';
			if (!/^-?\d+(\.\d+)?$/.test(value) || Math.abs(Number(value) - expected) > halfUnit(value) + 1e-9) {
				problems.push(`${page.path}: ${path} has value="${value}", the records give ${expected}`);
				continue;
			}
			// The text may be rounded further ("about 20,900"), but not by more than half a percent.
			const text = el.text.replace(/[^\d.-]/g, '');
			if (!text || Math.abs(Number(text) - expected) > Math.max(halfUnit(text), Math.abs(expected) * 0.005) + 1e-9) {
				problems.push(`${page.path}: ${path} reads "${el.text}", the records give ${expected}`);
			}
		}
	}
	return { checked, problems };
}
