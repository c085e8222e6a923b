/**
 * <chart-figure>: progressive enhancement for a chart figure rendered as HTML (caption + table).
 * Adds the Chart/Table toggle and copy-link button at once, and downloads Chart.js only when
 * the figure comes within 200 px of the viewport. Re-colours on theme switch and for print.
 */
import type { ChartModel } from '../../lib/chart/model.ts';
import type { RenderedChart } from '../../lib/chart/render.ts';

class ChartFigure extends HTMLElement {
	#chart: RenderedChart | undefined;
	#observers: { disconnect(): void }[] = [];

	connectedCallback() {
		this.querySelectorAll<HTMLButtonElement>('[data-view]').forEach((button) =>
			button.addEventListener('click', () => this.#show(button.dataset['view'] as 'chart' | 'table')),
		);
		this.querySelectorAll<HTMLButtonElement>('[data-copy-link]').forEach((button) =>
			button.addEventListener('click', () => void this.#copyLink(new URL(button.dataset['copyLink'] ?? '', location.href).href)),
		);
		// Copying an image needs ClipboardItem with PNG support; where it is missing the button stays hidden.
		const copyImage = this.querySelector<HTMLButtonElement>('[data-copy-image]');
		const png = this.querySelector<HTMLAnchorElement>('a[data-png]');
		if (copyImage && png && typeof ClipboardItem !== 'undefined' && (!('supports' in ClipboardItem) || ClipboardItem.supports('image/png'))) {
			copyImage.hidden = false;
			copyImage.addEventListener('click', () => void this.#copyImage(png.href));
		}

		const nearViewport = new IntersectionObserver(
			(entries) => {
				if (!entries.some((e) => e.isIntersecting)) return;
				nearViewport.disconnect();
				void this.#render();
			},
			{ rootMargin: '200px 0px' },
		);
		nearViewport.observe(this);
		this.#observers.push(nearViewport);
	}

	disconnectedCallback() {
		this.#observers.forEach((o) => o.disconnect());
		this.#chart?.destroy();
	}

	async #render() {
		const canvas = this.querySelector('canvas');
		const json = this.querySelector('script[data-chart-model]')?.textContent;
		if (!canvas || !json) return;
		const { renderChart } = await import('../../lib/chart/render.ts');
		this.#chart = renderChart(canvas, JSON.parse(json) as ChartModel);
		this.dataset['rendered'] = '';

		const theme = new MutationObserver(() => this.#chart?.retheme());
		theme.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
		this.#observers.push(theme);
		// Printing uses the light palette (print.css); redraw before and after.
		const retheme = () => this.#chart?.retheme();
		window.addEventListener('beforeprint', retheme);
		window.addEventListener('afterprint', retheme);
		this.#observers.push({ disconnect: () => (window.removeEventListener('beforeprint', retheme), window.removeEventListener('afterprint', retheme)) });
	}

	#show(view: 'chart' | 'table') {
		this.dataset['view'] = view;
		this.querySelectorAll<HTMLButtonElement>('[data-view]').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset['view'] === view)));
	}

	async #copyImage(href: string) {
		const status = this.querySelector<HTMLElement>('[data-status]')!;
		try {
			// The blob is passed as a promise so the copy stays within the click's user activation.
			const blob = fetch(href).then((response) => {
				if (!response.ok) throw new Error(`${response.status}`);
				return response.blob();
			});
			await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
			status.textContent = 'Image copied';
		} catch {
			status.textContent = 'Could not copy the image; use PNG to download it';
		}
	}

	async #copyLink(url: string) {
		const status = this.querySelector<HTMLElement>('[data-status]')!;
		try {
			await navigator.clipboard.writeText(url);
			status.textContent = 'Link copied';
		} catch {
			// No clipboard permission: show the link so it can be copied by hand.
			status.textContent = url;
		}
		this.dataset['copied'] = url;
	}
}

if (!customElements.get('chart-figure')) customElements.define('chart-figure', ChartFigure);
