/**
 * The keys of site search, as pure decisions the search element (src/components/overrides/
 * site-search.ts) acts on: which key presses open or close the dialog, where ↑/↓ move the
 * focus between the search input and the result links, and where and how Pagefind is loaded.
 */

/** The parts of a KeyboardEvent the decisions read. */
export interface KeyPress {
	key: string;
	ctrlKey: boolean;
	metaKey: boolean;
	altKey: boolean;
	shiftKey?: boolean;
	isComposing?: boolean;
}

/**
 * Ctrl+K / ⌘K toggles the dialog anywhere (Starlight's shortcut). "/" opens it, as on many sites,
 * but only when the reader is not typing into a field, where it is just a slash.
 */
export function shortcutAction(press: KeyPress, typingInField: boolean): 'toggle' | 'open' | null {
	if ((press.ctrlKey || press.metaKey) && !press.altKey && press.key.toLowerCase() === 'k') return 'toggle';
	if (press.key === '/' && !press.ctrlKey && !press.metaKey && !press.altKey && !typingInField && !press.isComposing) return 'open';
	return null;
}

/**
 * Where ↑/↓ send the focus. Positions: -1 is the search input, 0…count-1 the result links in
 * document order. ↓ from the input goes to the first link, ↓ from the last link stays there; ↑ from
 * the first link goes back to the input. Returns null when the key does not move the focus (other
 * keys, ↑ in the input so the caret still moves, or no results to move to).
 */
export function nextFocus(press: KeyPress, current: number, count: number): number | null {
	if (press.ctrlKey || press.metaKey || press.altKey || press.shiftKey || count === 0) return null;
	if (press.key === 'ArrowDown') return Math.min(current + 1, count - 1);
	if (press.key === 'ArrowUp') return current < 0 ? null : current - 1;
	return null;
}

/** A key that, pressed while a result link has the focus, belongs in the search input: a character or Backspace. */
export const belongsInInput = (press: KeyPress) =>
	!press.ctrlKey && !press.metaKey && !press.altKey && !press.isComposing && (press.key.length === 1 || press.key === 'Backspace');

/** Where Pagefind's files are served, for a site built under `base` ("/" or "/h200-explainer/"): its bundle folder. */
export function pagefindBundlePath(base: string): string {
	return `${base.replace(/\/$/, '')}/pagefind/`;
}

/**
 * Pagefind's options before it starts. No worker: Pagefind runs its WebAssembly on the page's own
 * thread. Starting its worker (a 43 KB script, then the WebAssembly inside it) was the slowest step
 * between Ctrl+K and the first result on the bench machine, and this index is small enough that a
 * search costs the page a few milliseconds. (The CSP's 'wasm-unsafe-eval' exists for this.)
 */
export const pagefindStartOptions = { noWorker: true } as const;
