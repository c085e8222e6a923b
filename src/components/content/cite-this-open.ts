/**
 * Loaded when a "Cite this" disclosure opens: rebuilds the citations with the reader's today as the
 * accessed day (from the same src/lib/site/cite.ts the build used), shows the copy buttons and
 * announces each copy in the disclosure's live region.
 */
import { citations, localDay, type CiteInput, type CiteSite, type Citations } from '../../lib/site/cite.ts';
import { formatIsoDate } from '../../lib/format.ts';
import { siteTitle } from '../../lib/site/identity.ts';

/** The same site as the build's citations: Astro's `site` and `base`, which Vite writes into this module. */
const site: CiteSite = { name: siteTitle, origin: new URL(import.meta.env.SITE).origin, base: import.meta.env.BASE_URL };

type Format = 'short' | 'full' | 'bibtex';
const names: Record<Format, string> = { short: 'Short citation', full: 'Full citation', bibtex: 'BibTeX entry' };
const isFormat = (value: string | undefined): value is Format => value === 'short' || value === 'full' || value === 'bibtex';

export function enhanceCitation(details: HTMLDetailsElement) {
	const { cite, citeTitle, citePath, citeAsOf, citeUpdated } = details.dataset;
	if ((cite !== 'page' && cite !== 'chart') || !citeTitle || !citePath || !citeAsOf) return;
	const input: CiteInput = { title: citeTitle, path: citePath, asOf: citeAsOf, updated: citeUpdated, kind: cite };
	const today = localDay(new Date());
	const cited: Citations = citations(input, site, today);
	for (const pre of details.querySelectorAll<HTMLElement>('[data-cite-text]')) {
		const format = pre.dataset['citeText'];
		if (isFormat(format)) pre.textContent = cited[format];
	}
	const note = details.querySelector<HTMLElement>('[data-cite-note]');
	if (note) note.textContent = `“Accessed” is today, ${formatIsoDate(today, 'long')}, by your device’s clock.`;

	if (details.dataset['citeReady'] !== undefined) return;
	details.dataset['citeReady'] = '';
	const status = details.querySelector<HTMLElement>('[data-cite-status]');
	for (const button of details.querySelectorAll<HTMLButtonElement>('[data-cite-copy]')) {
		button.hidden = false;
		button.addEventListener('click', () => void copy(details, button, status));
	}
}

async function copy(details: HTMLDetailsElement, button: HTMLButtonElement, status: HTMLElement | null) {
	const format = button.dataset['citeCopy'];
	const pre = details.querySelector<HTMLElement>(`[data-cite-text="${format}"]`);
	if (!isFormat(format) || !pre) return;
	let message: string;
	try {
		await navigator.clipboard.writeText(pre.textContent ?? '');
		message = `Copied: ${names[format]}.`;
	} catch {
		// No clipboard permission: select the text so the reader's own copy command takes it.
		getSelection()?.selectAllChildren(pre);
		message = `${names[format]} selected: press Ctrl+C (⌘C on a Mac) to copy it.`;
	}
	if (!status) return;
	// Empty first, so a second copy of the same format is announced again.
	status.textContent = '';
	window.setTimeout(() => (status.textContent = message), 100);
}
