/**
 * Timeline order and labels, shared by the page (server) and the filter (browser).
 * Events are ordered by ISO date string, then id: "2024" sorts before "2024-02", so an event
 * known only to the year comes first in that year, and the order never depends on file order.
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

/** By date, then id; plain code-point comparison so the order is the same everywhere. */
export function compareEvents(a: Dated, b: Dated): number {
	if (a.data.date !== b.data.date) return a.data.date < b.data.date ? -1 : 1;
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
