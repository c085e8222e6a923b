/**
 * <site-search>: the behaviour of Starlight's search dialog (Search.astro in @astrojs/starlight
 * 0.42.4), changed in what it loads and when:
 * - Nothing of Pagefind loads until the reader shows intent to search: the pointer over the search
 *   button, a tap on it, keyboard focus on it, Ctrl+K / ⌘K or "/". Starlight loads Pagefind's UI
 *   (JavaScript and CSS) on every page once it goes idle, whether or not the reader searches.
 *   On intent the UI and its styles load (search-ui.ts), the UI is created, and Pagefind itself
 *   (its script, WebAssembly and index metadata) is fetched at once rather than on first focus.
 * - The dialog opens at once with a plain input (Search.astro's `.search-shell`) that the reader can
 *   type into while the UI loads; the UI then takes over the text, the caret and the focus, and
 *   searches for what was typed. Ctrl+K / ⌘K or "/" pressed before this element was defined
 *   (recorded as `data-open-requested` by the inline script in Search.astro) opens it now.
 * - ↑/↓ move the focus between the input and the result links; a character typed on a result goes
 *   to the input; Escape closes the dialog (the browser's own <dialog> behaviour).
 * Everything else — dialog, closing on a link or outside click, focus, sub-path, trailing slash,
 * translations, Pagefind options — is Starlight's code, unchanged.
 */
import { belongsInInput, nextFocus, pagefindBundlePath, pagefindStartOptions, shortcutAction } from '../../lib/site/search-keys.ts';
import stylesUrl from './search-ui.css?url';

/** Keyboard focus is in a place where "/" is text, not a shortcut. */
const typingInField = (target: EventTarget | null) =>
	target instanceof HTMLElement &&
	(target.isContentEditable ||
		target instanceof HTMLTextAreaElement ||
		target instanceof HTMLSelectElement ||
		(target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type)));

/**
 * The UI's styles as a stylesheet link, added once; resolves when it has loaded (or failed: the UI
 * still works unstyled). A CSS import would not do: Astro links CSS imported by a page's scripts,
 * even lazily imported ones, into every page.
 */
function loadStyles(): Promise<void> {
	let link = document.querySelector<HTMLLinkElement>('link[data-search-ui]');
	if (link?.sheet) return Promise.resolve();
	if (!link) {
		link = document.createElement('link');
		link.rel = 'stylesheet';
		link.href = stylesUrl;
		link.dataset['searchUi'] = '';
		document.head.append(link);
	}
	const added = link;
	return new Promise((resolve) => {
		added.addEventListener('load', () => resolve(), { once: true });
		added.addEventListener('error', () => resolve(), { once: true });
	});
}

/**
 * Starts Pagefind itself — its script, then its WebAssembly and index metadata — at once, alongside
 * the UI's chunk instead of after it, on the page's thread (`pagefindStartOptions`). Resolves once
 * Pagefind has been told its options and started (not once it is ready): the UI must be created only
 * then, because Pagefind keeps only the last options() given before it starts, and the UI's own
 * import of the same module would otherwise race this one. On failure the UI loads Pagefind itself.
 */
async function startPagefind(): Promise<void> {
	try {
		const pagefind = (await import(/* @vite-ignore */ `${pagefindBundlePath(import.meta.env.BASE_URL)}pagefind.js`)) as {
			options(options: object): Promise<void>;
			init(): Promise<void>;
		};
		pagefind.options(pagefindStartOptions).catch(() => {}); // stored at once: Pagefind has not started
		pagefind.init().catch(() => {});
	} catch {
		// The UI imports Pagefind on its own.
	}
}

class SiteSearch extends HTMLElement {
	/** Creating the Pagefind UI: started at most once, by the reader's first sign of intent. */
	#ui: Promise<void> | undefined;

	constructor() {
		super();
		const openBtn = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
		const closeBtn = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
		const dialog = this.querySelector('dialog')!;
		const dialogFrame = this.querySelector('.dialog-frame')!;

		/** Close the modal if a user clicks on a link or outside of the modal. */
		const onClick = (event: MouseEvent) => {
			const isLink = 'href' in (event.target || {});
			if (isLink || (document.body.contains(event.target as Node) && !dialogFrame.contains(event.target as Node))) {
				closeModal();
			}
		};

		const openModal = (event?: MouseEvent) => {
			dialog.showModal();
			document.body.toggleAttribute('data-search-modal-open', true);
			const input = this.querySelector<HTMLInputElement>('input.pagefind-ui__search-input');
			if (input) input.focus();
			else {
				this.querySelector<HTMLInputElement>('[data-search-shell] input')?.focus();
				void this.#loadUI(); // hands the shell's text and focus to the UI's input once it exists
			}
			event?.stopPropagation();
			window.addEventListener('click', onClick);
		};

		const closeModal = () => dialog.close();

		openBtn.addEventListener('click', openModal);
		openBtn.disabled = false;
		closeBtn.addEventListener('click', closeModal);

		// Intent to search: start loading before the click, so the dialog opens with its UI in place.
		const intent = () => void this.#loadUI();
		for (const type of ['pointerenter', 'focus', 'touchstart']) openBtn.addEventListener(type, intent, { passive: true });

		dialog.addEventListener('close', () => {
			document.body.toggleAttribute('data-search-modal-open', false);
			window.removeEventListener('click', onClick);
			// The browser gives focus back to what had it before the dialog opened. When that was nothing
			// (Ctrl+K or "/" pressed while reading), focus would stay on a result inside the closed dialog
			// until the next rendering fixed it up: give it to the search button, the dialog's own control.
			const active = document.activeElement;
			if (!active || active === document.body || dialog.contains(active)) openBtn.focus();
		});

		// Ctrl+K / ⌘K toggles the dialog (Starlight's shortcut); "/" opens it when not typing in a field.
		window.addEventListener('keydown', (e) => {
			const action = shortcutAction(e, typingInField(e.target));
			if (!action || (action === 'open' && dialog.open)) return;
			if (dialog.open) closeModal();
			else openModal();
			e.preventDefault();
		});

		dialog.addEventListener('keydown', (e) => {
			if (e.isComposing) return;
			const input = this.querySelector<HTMLInputElement>('input.pagefind-ui__search-input');
			if (!input) return; // until the UI exists, keys go to the shell input as to any input
			const links = [...this.querySelectorAll<HTMLAnchorElement>('.pagefind-ui__result-link')];
			const onLink = links.findIndex((link) => link === e.target);
			if (e.target !== input && onLink < 0) return; // the filters, the clear button, Cancel: keys as usual
			const next = nextFocus(e, onLink, links.length);
			if (next !== null) {
				e.preventDefault();
				(links[next] ?? input).focus();
			} else if (onLink >= 0 && belongsInInput(e)) {
				input.focus(); // the key's default action now types into the input
			}
		});

		if (this.hasAttribute('data-open-requested')) {
			this.removeAttribute('data-open-requested');
			openModal();
		}
	}

	#loadUI(): Promise<void> {
		this.#ui ??= this.#createUI().catch((error: unknown) => {
			this.#ui = undefined; // let the next sign of intent try again
			throw error;
		});
		return this.#ui;
	}

	async #createUI() {
		if (import.meta.env.DEV) return; // Starlight's dialog shows its "search works in a build" note
		let translations: Record<string, string> = {};
		try {
			translations = JSON.parse(this.dataset['translations'] || '{}') as Record<string, string>;
		} catch {
			// Unreadable translations: Pagefind's own English strings stay.
		}

		const shouldStrip = this.dataset['stripTrailingSlash'] !== undefined;
		const stripTrailingSlash = (path: string) => path.replace(/(.)\/(#.*)?$/, '$1$2');
		const formatURL = shouldStrip ? stripTrailingSlash : (path: string) => path;

		// The styles first, so an open dialog never shows the UI unstyled; all three load in parallel.
		const [{ createSearchUI }] = await Promise.all([import('./search-ui.ts'), loadStyles(), startPagefind()]);
		const ui = createSearchUI({ element: '#starlight__search', translations, formatURL });

		const dialog = this.querySelector('dialog')!;
		const input = this.querySelector<HTMLInputElement>('input.pagefind-ui__search-input');
		// Pagefind's input is named only by its `title` (axe `label-title-only`); name it by its visible placeholder.
		if (input?.placeholder) input.setAttribute('aria-label', input.placeholder);
		// Pagefind's UI takes up Pagefind (started above) when its input is first focused, and has no
		// public method to do so sooner; without this it would wait for the first key, then poll for it.
		input?.dispatchEvent(new FocusEvent('focus'));

		// The shell input gives way: what the reader typed there, the caret and the focus move to the
		// UI's input, unless the reader has meanwhile put focus somewhere else in the dialog (the dialog
		// itself and its Cancel button are where showModal() may put it).
		const shell = this.querySelector<HTMLElement>('[data-search-shell]');
		const shellInput = shell?.querySelector('input');
		const focused = document.activeElement;
		const typed = shellInput?.value ?? '';
		const caret = shellInput?.selectionStart ?? typed.length;
		const byOpening = [dialog, this.querySelector('button[data-close-modal]'), document.body, shellInput];
		shell?.remove();
		if (!input) return;
		if (typed) {
			input.value = typed; // now, so the caret can be placed; the UI's own update follows
			ui.triggerSearch(typed);
		}
		if (!dialog.open || (focused && !byOpening.includes(focused) && dialog.contains(focused))) return;
		input.focus();
		input.setSelectionRange(caret, caret);
	}
}
customElements.define('site-search', SiteSearch);
