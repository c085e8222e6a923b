/**
 * The Content-Security-Policy config (src/lib/site/csp.ts) and the CSS-only chart heights that keep
 * style attributes out of the site's own markup. The browser check is tests/e2e/csp.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { astroSources, cspConfig, cspHash, inlineScriptBodies, keepComponentCssExternal } from '../../src/lib/site/csp.ts';
import { canvasHeights } from '../../src/lib/chart/canvas-height.ts';

const file = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

test('cspHash gives the CSP source expression a browser computes (the example in the CSP spec)', () => {
	assert.equal(cspHash("alert('Hello, world.');"), 'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
});

test('inlineScriptBodies takes is:inline scripts verbatim and leaves bundled ones to Astro', () => {
	const source = '<script>import "./a.ts";</script>\n<script is:inline aria-hidden="true">\n\tgo();\n</script>\n<script is:inline></script>';
	assert.deepEqual(inlineScriptBodies(source), ['\n\tgo();\n']);
});

test("the policy hashes Starlight's theme script and allows neither inline code nor eval", () => {
	const starlight = file('node_modules/@astrojs/starlight/dist/');
	const config = cspConfig(astroSources([starlight, file('src/components/')]));
	const theme = inlineScriptBodies(readFileSync(`${starlight}components/ThemeProvider.astro`, 'utf8'));
	assert.equal(theme.length, 1);
	assert.ok(config.scriptDirective?.hashes?.includes(cspHash(theme[0] ?? '')));
	const everything = JSON.stringify(config);
	assert.doesNotMatch(everything, /'unsafe-inline'|'unsafe-eval'/);
	assert.ok(config.directives?.includes("object-src 'none'"));
});

test('every reserved chart height has its CSS rule', () => {
	const css = readFileSync(file('src/styles/charts.css'), 'utf8');
	for (const h of canvasHeights) assert.match(css, new RegExp(`\\.chart-canvas\\[data-height='${h}'\\] \\{\\s*height: ${h}px;`), `no rule for ${h}px`);
});

test("the site's component stylesheets are kept as files; other assets are left to Vite", () => {
	const limit = keepComponentCssExternal(['Status', 'SpecTable']);
	assert.equal(limit('_astro/Status.CQ-LCNl-.css'), false);
	assert.equal(limit('_astro/SpecTable.euzcPehi.css'), false);
	assert.equal(limit('_astro/common.DJ8NfwvT.css'), undefined);
	assert.equal(limit('_astro/Status.CQ-LCNl-.js'), undefined);
});
