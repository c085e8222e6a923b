/**
 * Timeline filter state and its URL form. A group with every value selected is left out of the
 * URL, so the plain page URL is the full list; a group with nothing selected is written "none".
 *   ?side=china            only Chinese actions
 *   ?side=us,china&kind=rule,licensing
 * Unknown values in a link are ignored rather than hiding everything.
 */
import { kinds, sides, type Kind, type Side } from './events.ts';

export interface FilterState {
	sides: Set<Side>;
	kinds: Set<Kind>;
}

export const allSelected = (): FilterState => ({ sides: new Set(sides), kinds: new Set(kinds) });

function pick<T extends string>(value: string | null, known: readonly T[]): Set<T> {
	if (value === 'none') return new Set();
	const chosen = (value ?? '')
		.split(',')
		.map((v) => v.trim().toLowerCase())
		.filter((v): v is T => (known as readonly string[]).includes(v));
	return new Set(chosen.length ? chosen : known);
}

export function parseFilterQuery(search: string): FilterState {
	const params = new URLSearchParams(search);
	return { sides: pick(params.get('side'), sides), kinds: pick(params.get('kind'), kinds) };
}

/** The query string for a state ("" when nothing is filtered), keeping other parameters. */
export function filterQuery(state: FilterState, current = ''): string {
	const params = new URLSearchParams(current);
	const set = (name: string, chosen: Set<string>, known: readonly string[]) => {
		if (chosen.size === known.length) params.delete(name);
		else if (chosen.size === 0) params.set(name, 'none');
		else params.set(name, known.filter((k) => chosen.has(k)).join(','));
	};
	set('side', state.sides, sides);
	set('kind', state.kinds, kinds);
	const query = params.toString().replace(/%2C/g, ',');
	return query ? `?${query}` : '';
}

export function isFiltered(state: FilterState): boolean {
	return state.sides.size < sides.length || state.kinds.size < kinds.length;
}

export function matches(state: FilterState, side: string, kind: string): boolean {
	return state.sides.has(side as Side) && state.kinds.has(kind as Kind);
}

export function countText(shown: number, total: number): string {
	return shown === total ? `Showing all ${total} events` : `Showing ${shown} of ${total} events`;
}
