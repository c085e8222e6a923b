/**
 * The site's Content-Security-Policy, as Astro's `security.csp` config. Astro writes it into each page
 * as a <meta http-equiv="content-security-policy">, with the SHA-256 hashes of the scripts and styles
 * it bundles or inlines on that page. Two kinds of inline code Astro does not hash are covered here,
 * from their source, so the policy never needs 'unsafe-inline':
 * - `<script is:inline>` bodies (Starlight's theme and sidebar scripts, the Search override's
 *   shortcut scripts): Astro emits them byte for byte, so the hash of the source body is the hash of
 *   the page's script;
 * - `style="…"` attributes Starlight writes (`define:vars` on Icon and the table of contents, the
 *   Select width, the Search dialog): allowed one exact value at a time ('unsafe-hashes' + hash),
 *   which lets no other style attribute through.
 * What a <meta> cannot carry (frame-ancestors) is sent as a header: public/_headers.
 * tests/e2e/csp.test.ts visits every page and fails on any violation.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { AstroUserConfig } from 'astro';

export type CspHash = `sha256-${string}`;

/** The CSP source expression for `text` (a script body or a style attribute's value). */
export function cspHash(text: string): CspHash {
	return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The bodies of the `<script is:inline>` elements of an .astro component's source, as Astro emits them. */
export function inlineScriptBodies(source: string): string[] {
	return [...source.matchAll(/<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '').filter((body) => body.trim() !== '');
}

/**
 * Every `style` attribute value Starlight 0.42 writes on this site's pages, exactly as rendered.
 * A new one (a Starlight upgrade, a new icon size) shows up as a violation in tests/e2e/csp.test.ts,
 * which names the value to add here.
 */
export const starlightStyleAttributes = [
	// TableOfContentsList.astro: `define:vars={{ depth }}`, one value per heading level shown
	'--depth: 0;',
	'--depth: 1;',
	// Icon.astro: `define:vars={{ 'sl-icon-size': size }}`, the sizes Starlight's components use here
	'--sl-icon-size: 1em;',
	'--sl-icon-size: 1rem;',
	'--sl-icon-size: 1.25rem;',
	'--sl-icon-size: 1.333em;',
	'--sl-icon-size: 1.5rem;',
	// Select.astro (the theme picker)
	'--sl-select-width: 6.25em',
	// Search.astro (kept in the Search override, whose markup must stay Starlight's)
	'display: none;',
	'padding:0',
] as const;

/** Other origins and schemes the pages load from. */
const directives = [
	"default-src 'self'",
	// Starlight and Pagefind draw some icons from data: URIs.
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

/** Astro's `security.csp` object. */
export type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/**
 * The policy, given the sources of every component that may render an inline script.
 * 'wasm-unsafe-eval' is for Pagefind 1.5, which compiles its search code from WebAssembly. The site
 * runs it on the page's own thread, not in Pagefind's default worker (search-keys.ts,
 * `pagefindStartOptions`: the worker's start-up was the slowest step to a first result), and that
 * needs it. It allows WebAssembly compilation only, not eval() or new Function().
 */
export function cspConfig(componentSources: string[]): CspConfig {
	const scriptHashes = [...new Set(componentSources.flatMap(inlineScriptBodies).map(cspHash))];
	return {
		algorithm: 'SHA-256',
		directives: [...directives],
		scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: scriptHashes },
		styleDirective: {
			resources: [
				// <style> and <link rel=stylesheet>: the site's own files and the hashes Astro adds per page
				{ resource: "'self'", kind: 'element' },
				{ resource: "'unsafe-hashes'", kind: 'attribute' },
			],
			hashes: starlightStyleAttributes.map((value) => ({ hash: cspHash(value), kind: 'attribute' })),
		},
	};
}

/** The sources of every .astro file under the given folders (Starlight's components and the site's). */
export function astroSources(dirs: string[]): string[] {
	return dirs.flatMap((dir) =>
		readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.filter((file) => file.endsWith('.astro'))
			.map((file) => readFileSync(join(dir, file), 'utf8')),
	);
}

/** The names of the files with extension `ext` under a folder, without it: .astro components, or stylesheets components import. */
export function fileNames(dir: string, ext: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith(ext))
		.map((file) => basename(file, ext));
}

/**
 * A Vite `build.assetsInlineLimit` that never inlines the stylesheet of one of these components or
 * of a stylesheet they import (Astro names it `_astro/<Component or file>.<hash>.css`) and leaves
 * every other asset to Vite's default.
 * Astro does not hash the stylesheets it inlines for components placed in MDX content, so inlined
 * they would break the CSP; as files they are allowed by 'self'.
 */
export function keepComponentCssExternal(names: string[]): (file: string) => false | undefined {
	const own = new Set(names);
	return (file) => (file.endsWith('.css') && own.has(basename(file).split('.')[0] ?? '') ? false : undefined);
}
