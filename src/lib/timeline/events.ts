/**
 * Timeline order and labels, shared by the page (server) and the filter (browser).
 * Events are ordered by date, then id, so the order never depends on file order. An event known
 * only to the month (or year) sorts after every dated event of that month (or year): a source that
 * gives only "December 2025" cannot place it earlier, and it usually reports what dated events began.
 */
import type { Event } from '../data/schemas.ts';

export type Side = Event['side'];
export type Kind = Event['kind'];

/** Side labels in text: colour may add to them, never replace them. */
export const sideLabels = {
	us: 'US',
	china: 'China',
	company: 'Company',
	other: 'Other',
} as const satisfies Record<Side, string>;

export const kindLabels = {
	rule: 'Rule',
	licensing: 'Licensing',
	enforcement: 'Enforcement',
	'counter-measure': 'Counter-measure',
	investigation: 'Investigation',
	policy: 'Policy',
	product: 'Product',
	market: 'Market',
	diplomacy: 'Diplomacy',
} as const satisfies Record<Kind, string>;

export const sides = Object.keys(sideLabels) as Side[];
export const kinds = Object.keys(kindLabels) as Kind[];

interface Dated {
	id: string;
	data: { date: string };
}

/** Sort key of an ISO date of any precision: missing parts sort last ("2025-12" → "2025-12-99"). */
export function dateSortKey(date: string): string {
	const [year, month = '99', day = '99'] = date.split('-');
	return `${year}-${month}-${day}`;
}

/** By date (month-only after the dated days of its month), then id; code-point comparison so the order is the same everywhere. */
export function compareEvents(a: Dated, b: Dated): number {
	const ka = dateSortKey(a.data.date);
	const kb = dateSortKey(b.data.date);
	if (ka !== kb) return ka < kb ? -1 : 1;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Sorted events in year groups, oldest first. */
export function groupByYear<T extends Dated>(events: readonly T[]): { year: string; events: T[] }[] {
	const groups: { year: string; events: T[] }[] = [];
	for (const event of [...events].sort(compareEvents)) {
		const year = event.data.date.slice(0, 4);
		const last = groups.at(-1);
		if (last?.year === year) last.events.push(event);
		else groups.push({ year, events: [event] });
	}
	return groups;
}

/** Anchor id of a year heading: "y2023". */
export const yearAnchor = (year: string) => `y${year}`;
