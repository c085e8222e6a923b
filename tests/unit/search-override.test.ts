/**
 * The Search override (src/components/overrides/Search.astro) is Starlight's Search component with
 * its behaviour script replaced (site-search.ts). These checks keep the copy honest across Starlight
 * upgrades: the markup and styles must stay Starlight's, and a change to Starlight's own script must
 * be looked at and carried over before the recorded hash is updated.
 * Run: node --test tests/unit/
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const upstream = readFileSync(fileURLToPath(import.meta.resolve('@astrojs/starlight/components/Search.astro')), 'utf8');
const override = readFileSync(fileURLToPath(new URL('../../src/components/overrides/Search.astro', import.meta.url)), 'utf8');

/** The script of Starlight 0.42.4's Search.astro that site-search.ts is based on. */
const upstreamScriptSha256 = '104521bb9a51e0ab83dd9c435c9d5d3ad1056a8ec28ed0610104b959f07ec78c';
const upstreamScript = /<script>\s*import \{ pagefindUserConfig \}[\s\S]*?<\/script>/;

/** The component without its frontmatter, scripts and template comments: markup and styles. */
function markupAndStyles(source: string): string {
	return source
		.replace(/^---\n[\s\S]*?\n---\n/, '')
		.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
		.replace(/\{\s*\/\*[\s\S]*?\*\/\s*\}/g, '')
		.replace(/\n\s*\n+/g, '\n')
		.trim();
}

test("the Search override has Starlight's markup and styles", () => {
	assert.equal(markupAndStyles(override), markupAndStyles(upstream), "Starlight's Search.astro changed: copy its markup and styles into the override");
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
	assert.doesNotMatch(override, upstreamScript, "Starlight's behaviour script is not also included");
});
