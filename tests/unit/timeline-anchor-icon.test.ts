/**
 * Timeline entries draw their heading-link icon with a CSS mask (src/styles/timeline.css) instead of
 * Starlight's inline SVG; the mask must be Starlight's own "link-alt" icon, so every heading link on
 * the site looks the same after a Starlight upgrade too.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const icons = readFileSync(new URL('components-internals/Icons.js', import.meta.resolve('@astrojs/starlight/components')), 'utf8');
const css = readFileSync(fileURLToPath(new URL('../../src/styles/timeline.css', import.meta.url)), 'utf8');

test("the timeline's heading-link icon is Starlight's link-alt path", () => {
	const starlight = /"link-alt":\s*"<path d=\\"([^\\]+)\\"/.exec(icons)?.[1];
	assert.ok(starlight, "Starlight's Icons.js no longer has a link-alt path: look at its heading links again");
	const masks = [...css.matchAll(/%3Cpath d='([^']+)'/g)].map((m) => m[1]);
	assert.equal(masks.length, 2, 'mask and -webkit-mask');
	for (const path of masks) assert.equal(path, starlight);
});
