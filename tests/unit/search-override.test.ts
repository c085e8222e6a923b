/**
 * The Search override (src/components/overrides/Search.astro) is Starlight's Search component with
 * its behaviour script replaced (site-search.ts), its global styles moved to search-ui.css (loaded
 * with the search UI) and the button's label fixed. These checks keep the copy honest across
 * Starlight upgrades: the markup and styles must stay Starlight's but for the listed edits, and a
 * change to Starlight's own script must be looked at and carried over before the recorded hash is updated.
 * Run: node --test tests/unit/
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const upstream = readFileSync(fileURLToPath(import.meta.resolve('@astrojs/starlight/components/Search.astro')), 'utf8');
const override = readFileSync(fileURLToPath(new URL('../../src/components/overrides/Search.astro', import.meta.url)), 'utf8');
const uiStyles = readFileSync(fileURLToPath(new URL('../../src/components/overrides/search-ui.css', import.meta.url)), 'utf8');

/**
 * The override's deliberate departures from Starlight's markup and styles, each [Starlight's text,
 * ours]: the button is named by its visible label "Search", not by an `aria-label` that leaves out
 * the visible shortcut hint (WCAG 2.5.3; axe 4.14 reports `label-content-name-mismatch` on
 * Starlight's button); the label is visually hidden on narrow screens, where only the icon shows;
 * and the dialog opens with an input of its own (`.search-shell`) until the search UI has loaded.
 */
const shellMarkup = override.match(/<div id="starlight__search">[\s\S]*?\n\t{6}<\/div>/)?.[0] ?? '(the search shell)';
const shellStyles =
	override.match(/\t\t\/\*\n\t\t \* The input the dialog opens with[\s\S]*?\n(?=\t\t:root\[data-theme='light'\] #starlight__search \{)/)?.[0] ??
	'(the .search-shell rules)';

const edits: [string, string][] = [
	["\t\taria-label={Astro.locals.t('search.label')}\n", ''],
	// The input the dialog opens with, typed into while the search UI loads (site-search.ts hands it over).
	['<div id="starlight__search" />', shellMarkup],
	["\t\t:root[data-theme='light'] #starlight__search {", `${shellStyles}\t\t:root[data-theme='light'] #starlight__search {`],
	['<span class="sl-hidden md:sl-block" aria-hidden="true">', '<span class="search-label">'],
	['<kbd class="sl-hidden md:sl-flex" style="display: none;">', '<kbd class="sl-hidden md:sl-flex" style="display: none;" aria-hidden="true">'],
	[
		'\t\tbutton > kbd {',
		`${override.match(/\t\t\/\* The button's name[\s\S]*?\n(?=\t\tbutton > kbd \{)/)?.[0] ?? '(the .search-label rule)'}\t\tbutton > kbd {`,
	],
];
const globalStyle = /<style is:global>\n([\s\S]*?)<\/style>/;

/** The script of Starlight 0.42.4's Search.astro that site-search.ts is based on. */
const upstreamScriptSha256 = '104521bb9a51e0ab83dd9c435c9d5d3ad1056a8ec28ed0610104b959f07ec78c';
const upstreamScript = /<script>\s*import \{ pagefindUserConfig \}[\s\S]*?<\/script>/;

/** The component without its frontmatter, scripts and template comments: markup and styles. */
function markupAndStyles(source: string): string {
	return source
		.replace(/^---\n[\s\S]*?\n---\n/, '')
		.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
		.replace(globalStyle, '')
		.replace(/\{\s*\/\*[\s\S]*?\*\/\s*\}/g, '')
		.replace(/\n\s*\n+/g, '\n')
		.trim();
}

test("the Search override has Starlight's markup and styles, but for the listed edits", () => {
	let expected = upstream;
	for (const [theirs, ours] of edits) {
		assert.ok(expected.includes(theirs), `Starlight's Search.astro no longer has ${theirs}: look at its button again`);
		expected = expected.replace(theirs, ours);
	}
	assert.equal(markupAndStyles(override), markupAndStyles(expected), "Starlight's Search.astro changed: copy its markup and styles into the override");
});

test("search-ui.css is Starlight's global search style, and the override no longer has it", () => {
	const theirs = upstream.match(globalStyle)?.[1];
	assert.ok(theirs, "Starlight's Search.astro no longer has a global <style>");
	const dedent = (css: string) => css.replace(/^\t/gm, '').trim();
	assert.equal(uiStyles.replace(/^\/\*[\s\S]*?\*\/\n/, '').trim(), dedent(theirs), "Starlight's global search styles changed: copy them into search-ui.css");
	assert.doesNotMatch(override, globalStyle, 'the global styles load with the UI, not with every page');
});

test("Starlight's search script is still the one site-search.ts is based on", () => {
	const script = upstream.match(upstreamScript)?.[0];
	assert.ok(script, "Starlight's Search.astro no longer has the script site-search.ts is based on");
	assert.equal(
		createHash('sha256').update(script).digest('hex'),
		upstreamScriptSha256,
		"Starlight's search script changed: carry its changes into src/components/overrides/site-search.ts, then update upstreamScriptSha256",
	);
});

test('the override keeps the inline scripts and loads its own behaviour script', () => {
	assert.ok(override.includes("aria-keyshortcuts', 'Meta+K'"), "Starlight's shortcut-label script is kept");
	assert.ok(override.includes("import './site-search.ts';"), 'the behaviour script is site-search.ts');
	assert.doesNotMatch(override, /@pagefind\/default-ui/, 'nothing of Pagefind is imported by the page itself');
	assert.doesNotMatch(override, upstreamScript, "Starlight's behaviour script is not also included");
});
