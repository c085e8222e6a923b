/**
 * Accessibility checks and theme switching shared by the e2e files: every axe check in the suite
 * goes through here.
 *
 * axe-core runs in the page directly (`axe.run`), injected once per document, asked for violations
 * only. (@axe-core/playwright's AxeBuilder, used before, injects axe again on every call, opens a
 * second page to merge "partial" results meant for cross-origin iframes, which the site has none of,
 * and ships every passing node across: more than the check itself costs on a page of 5,000 elements.)
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** The version of axe-core injected into pages. */
export const axeVersion = axe.version;

export type Theme = 'light' | 'dark';
export const themes: readonly Theme[] = ['light', 'dark'];
/** The widths every page is checked at: a phone and a desktop. */
export const widths: readonly number[] = [390, 1280];
/** What "zero violations" covers: WCAG 2.2 A and AA, and axe's best practices. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The reader's theme choice, as Starlight's theme picker applies it: stored, on <html>, and the picker updated. No reload. */
export async function setTheme(page: Page, theme: Theme): Promise<void> {
	await page.emulateMedia({ colorScheme: theme });
	await page.evaluate((t) => {
		localStorage.setItem('starlight-theme', t);
		document.documentElement.dataset['theme'] = t;
		const provider = (window as { StarlightThemeProvider?: { updatePickers(theme: string): void } }).StarlightThemeProvider;
		provider?.updatePickers(t);
	}, theme);
}

/** Stores the theme before any page script runs, for pages opened after this call. */
export async function presetTheme(page: Page, theme: Theme): Promise<void> {
	await page.emulateMedia({ colorScheme: theme });
	await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
}

/**
 * axe-core violations on the page as it is now, one line each (rule, impact, up to three targets).
 * `include` narrows the check to some elements (CSS selectors); by default the whole document.
 */
export async function axeViolations(page: Page, include: string[] = []): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
	return page.evaluate(
		async ({ include, tags }) => {
			const run = (window as Window & { axe?: typeof axe }).axe;
			if (!run) throw new Error('axe-core is not on the page');
			const context = include.length ? { include: include.map((s) => [s]) } : document;
			const results = await run.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
			return results.violations.map(
				(v) =>
					`${v.id} (${v.impact ?? 'n/a'}): ${v.nodes
						.slice(0, 3)
						.map((n) => n.target.join(' '))
						.join(' | ')}`,
			);
		},
		{ include, tags: axeTags },
	);
}

/**
 * axe-core violations in every state a reader may see the page in — each width of `widths`, light
 * and dark — without reloading: the width set as a window resize would, the theme as the picker
 * would. Each line is prefixed with its state ("dark 390px …"). Themes alternate in order so each
 * width change keeps the theme the last check left.
 */
export async function axeInEveryState(page: Page, include: string[] = []): Promise<string[]> {
	const violations: string[] = [];
	const height = page.viewportSize()?.height ?? 900;
	for (const [i, width] of widths.entries()) {
		await page.setViewportSize({ width, height });
		for (const theme of i % 2 ? [...themes].reverse() : themes) {
			await setTheme(page, theme);
			for (const v of await axeViolations(page, include)) violations.push(`${theme} ${width}px ${v}`);
		}
	}
	return violations;
}
