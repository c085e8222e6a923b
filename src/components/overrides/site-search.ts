/**
 * <site-search>: the behaviour of Starlight's search dialog (Search.astro in @astrojs/starlight
 * 0.42.4), with one change of substance — early intent is not lost:
 * - Opening the dialog (button or Ctrl+K / ⌘K) creates the Pagefind UI if it does not exist yet,
 *   then focuses its input. Starlight created it only from a requestIdleCallback queued at
 *   DOMContentLoaded; a dialog opened before that callback ran stayed empty (and in Chromium,
 *   opening it by keyboard on a scrollable page starves that callback until something else asks for
 *   a frame). The idle preload stays, with a timeout so that a busy page still gets it.
 * - Keys typed into the dialog before its input exists are kept and searched for.
 * - Ctrl+K / ⌘K pressed before this element was defined (recorded as `data-open-requested` by the
 *   inline script in Search.astro) opens the dialog now.
 * Everything else — dialog, closing on a link or outside click, focus, sub-path, trailing slash,
 * translations, Pagefind options — is Starlight's code, unchanged.
 */
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
import { rankSubResults, type SubResult } from '../../lib/site/sub-results.ts';

/** The longest a loaded page waits for an idle moment before preloading the search UI. */
const idlePreloadTimeoutMs = 3000;

class SiteSearch extends HTMLElement {
	/** Creating the Pagefind UI: started at most once, by the first of "dialog opened" and "page idle". */
	#ui: Promise<void> | undefined;
	/** What the reader typed into the open dialog before its input existed. */
	#typedEarly = '';

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
			const input = this.querySelector('input');
			if (input) input.focus();
			else void this.#loadUI(); // focuses the input once it exists
			event?.stopPropagation();
			window.addEventListener('click', onClick);
		};

		const closeModal = () => dialog.close();

		openBtn.addEventListener('click', openModal);
		openBtn.disabled = false;
		closeBtn.addEventListener('click', closeModal);

		dialog.addEventListener('close', () => {
			document.body.toggleAttribute('data-search-modal-open', false);
			window.removeEventListener('click', onClick);
		});

		// Listen for `ctrl + k` and `cmd + k` keyboard shortcuts.
		window.addEventListener('keydown', (e) => {
			if ((e.metaKey === true || e.ctrlKey === true) && e.key === 'k') {
				dialog.open ? closeModal() : openModal();
				e.preventDefault();
			}
		});

		// Until the input exists, what is typed into the open dialog is kept for it.
		dialog.addEventListener('keydown', (e) => {
			if (e.target !== dialog || this.querySelector('input') || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
			if (e.key.length === 1) this.#typedEarly += e.key;
			else if (e.key === 'Backspace') this.#typedEarly = this.#typedEarly.slice(0, -1);
			else return;
			e.preventDefault();
		});

		if (this.hasAttribute('data-open-requested')) {
			this.removeAttribute('data-open-requested');
			openModal();
		}

		const preloadWhenIdle = () => {
			if (import.meta.env.DEV) return;
			const preload = () => void this.#loadUI();
			if ('requestIdleCallback' in window) requestIdleCallback(preload, { timeout: idlePreloadTimeoutMs });
			else setTimeout(preload, 1);
		};
		if (document.readyState === 'loading') window.addEventListener('DOMContentLoaded', preloadWhenIdle);
		else preloadWhenIdle();
	}

	#loadUI(): Promise<void> {
		this.#ui ??= this.#createUI().catch((error: unknown) => {
			this.#ui = undefined; // let the next opening try again
			throw error;
		});
		return this.#ui;
	}

	async #createUI() {
		if (import.meta.env.DEV) return; // Starlight's dialog shows its "search works in a build" note
		let translations = {};
		try {
			translations = JSON.parse(this.dataset['translations'] || '{}');
		} catch {}

		const shouldStrip = this.dataset['stripTrailingSlash'] !== undefined;
		const stripTrailingSlash = (path: string) => path.replace(/(.)\/(#.*)?$/, '$1$2');
		const formatURL = shouldStrip ? stripTrailingSlash : (path: string) => path;

		const { PagefindUI } = await import('@pagefind/default-ui');
		const ui = new PagefindUI({
			...pagefindUserConfig,
			element: '#starlight__search',
			baseUrl: import.meta.env.BASE_URL,
			bundlePath: import.meta.env.BASE_URL.replace(/\/$/, '') + '/pagefind/',
			showImages: false,
			translations,
			showSubResults: true,
			processResult: (result: { url: string; sub_results: SubResult[] }) => {
				// Rank before the URLs are rewritten, while the page's own entry still matches result.url.
				result.sub_results = rankSubResults(result.sub_results, result.url).map((sub_result) => {
					sub_result.url = formatURL(sub_result.url);
					return sub_result;
				});
				result.url = formatURL(result.url);
			},
		});

		// Opened before the UI existed: finish what opening does — focus the input — unless the reader
		// has meanwhile put focus somewhere in the dialog themselves (the dialog itself and its Cancel
		// button are where showModal() puts it).
		const dialog = this.querySelector('dialog')!;
		const input = this.querySelector('input');
		const focused = document.activeElement;
		const byOpening = [dialog, this.querySelector('button[data-close-modal]'), document.body];
		if (!dialog.open || !input || (focused && !byOpening.includes(focused) && dialog.contains(focused))) return;
		input.focus();
		if (this.#typedEarly) ui.triggerSearch(this.#typedEarly);
		this.#typedEarly = '';
	}
}
customElements.define('site-search', SiteSearch);
