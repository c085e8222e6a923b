/**
 * <timeline-filter>: filters the server-rendered timeline by side and kind.
 * - The state lives in the URL query (?side=china&kind=rule), so a filtered view can be linked.
 * - An entry named by the URL fragment is always shown on arrival, even if the filters would
 *   hide it; the pin is dropped once the reader changes the filters.
 * - The count is announced in a role=status region.
 */
import { countText, filterQuery, isFiltered, matches, parseFilterQuery, type FilterState } from '../../lib/timeline/filter-state.ts';
import { kinds, sides, type Kind, type Side } from '../../lib/timeline/events.ts';

class TimelineFilter extends HTMLElement {
	#entries: HTMLElement[] = [];
	#sections: HTMLElement[] = [];
	#pinned: string | null = null;
	#onHashChange = () => this.#arrive();

	connectedCallback() {
		const controls = this.querySelector<HTMLElement>('[data-filters]');
		if (!controls) return;
		this.#entries = [...this.querySelectorAll<HTMLElement>('[data-entry]')];
		this.#sections = [...this.querySelectorAll<HTMLElement>('section[data-year]')];

		this.#setBoxes(parseFilterQuery(location.search));
		// Normally shown already by TimelineFilters.astro's inline script, before the first paint.
		controls.hidden = false;
		controls.addEventListener('change', () => {
			this.#pinned = null;
			this.#apply();
			this.#writeUrl();
		});
		controls.querySelector('[data-reset]')?.addEventListener('click', () => {
			this.#boxes().forEach((box) => (box.checked = true));
			this.#pinned = null;
			this.#apply();
			this.#writeUrl();
		});
		window.addEventListener('hashchange', this.#onHashChange);
		this.#arrive();
	}

	disconnectedCallback() {
		window.removeEventListener('hashchange', this.#onHashChange);
	}

	/** Applies the filters with the fragment's target pinned, and brings the target into view. */
	#arrive() {
		const id = decodeURIComponent(location.hash.slice(1));
		const target = id ? document.getElementById(id) : null;
		this.#pinned = target && this.contains(target) ? id : null;
		const wasHidden = target ? target.closest('[hidden]') !== null : false;
		this.#apply();
		// Hiding entries above the target moves it; put it back under the sticky header.
		if (target && this.#pinned && (wasHidden || isFiltered(this.#state()))) target.scrollIntoView();
	}

	#boxes(name?: 'side' | 'kind') {
		const selector = name ? `input[name="${name}"]` : 'input[type="checkbox"]';
		return [...this.querySelectorAll<HTMLInputElement>(`[data-filters] ${selector}`)];
	}

	#setBoxes(state: FilterState) {
		for (const box of this.#boxes('side')) box.checked = state.sides.has(box.value as Side);
		for (const box of this.#boxes('kind')) box.checked = state.kinds.has(box.value as Kind);
	}

	/** Read from the checkboxes. A group with every box ticked means every value, including ones no event has. */
	#state(): FilterState {
		const read = <T extends string>(name: 'side' | 'kind', all: readonly T[]): Set<T> => {
			const boxes = this.#boxes(name);
			if (boxes.every((b) => b.checked)) return new Set(all);
			return new Set(boxes.filter((b) => b.checked).map((b) => b.value as T));
		};
		return { sides: read('side', sides), kinds: read('kind', kinds) };
	}

	#apply() {
		const state = this.#state();
		let shown = 0;
		let pinnedOutside = false;
		for (const entry of this.#entries) {
			const match = matches(state, entry.dataset['side'] ?? '', entry.dataset['kind'] ?? '');
			const pinned = this.#pinned !== null && entry.dataset['id'] === this.#pinned;
			entry.hidden = !match && !pinned;
			if (!entry.hidden) shown++;
			if (pinned && !match) pinnedOutside = true;
		}
		for (const section of this.#sections) {
			const visible = section.querySelector('[data-entry]:not([hidden])') !== null;
			const pinnedYear = this.#pinned !== null && section.querySelector(`h2[id="${CSS.escape(this.#pinned)}"]`) !== null;
			section.hidden = !visible && !pinnedYear;
			const empty = section.querySelector<HTMLElement>('[data-empty]');
			if (empty) empty.hidden = visible;
		}
		const status = this.querySelector<HTMLElement>('[data-status]');
		if (status) {
			const note = pinnedOutside ? ', including the linked event, which the filters would otherwise hide' : '';
			status.textContent = `${countText(shown, this.#entries.length)}${note}.`;
		}
	}

	#writeUrl() {
		const query = filterQuery(this.#state(), location.search);
		history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
	}
}

if (!customElements.get('timeline-filter')) customElements.define('timeline-filter', TimelineFilter);
