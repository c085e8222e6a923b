/** Where charts are discussed (read from the MDX pages) and the chart pages' descriptions. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chartPlacements, requirePlacements } from '../../src/lib/chart/placements.ts';
import { chartPageDescription, embedSnippet } from '../../src/lib/chart/chart-pages.ts';

const pages = [
	{
		path: '/h200/specs/',
		title: 'Specs compared',
		body: 'Intro\n<Chart id="early" />\n## Memory {#memory}\nText\n<Chart id="mem" />\n### Detail {#detail}\n<Chart id=\'deep\' />',
	},
	{ path: '/china/', title: "China's AI chips", body: '## Chips {#chips}\n\n<Chart id="mem" />' },
];

test('each chart is placed under the nearest heading above it, on every page that shows it', () => {
	const placements = chartPlacements(pages);
	assert.deepEqual(placements.get('early'), [{ path: '/h200/specs/', pageTitle: 'Specs compared', heading: undefined }]);
	assert.deepEqual(placements.get('deep')?.[0]?.heading, { id: 'detail', text: 'Detail' });
	assert.deepEqual(
		placements.get('mem')?.map((p) => `${p.path}#${p.heading?.id}`),
		['/h200/specs/#memory', '/china/#chips'],
	);
});

test('a chart on no page stops the build with its id and the fix', () => {
	assert.throws(() => requirePlacements(['mem', 'orphan'], pages), /orphan.*<Chart id=/s);
	assert.doesNotThrow(() => requirePlacements(['mem'], pages));
});

test('chart page descriptions are 50–170 characters, cut at a word', () => {
	const short = chartPageDescription({ title: 'Memory', takeaway: 'More memory.' });
	assert.ok(short.length >= 50 && short.length <= 170, short);
	const long = chartPageDescription({ title: 'T', takeaway: 'word '.repeat(60).trim() });
	assert.ok(long.length <= 170 && long.endsWith('word…'), long);
});

test('the embed snippet is an escaped iframe with a title and full width', () => {
	const html = embedSnippet({ title: 'A "quoted" <title> & more' }, 'https://example.org/embed/x/');
	assert.match(
		html,
		/^<iframe src="https:\/\/example.org\/embed\/x\/" title="Chart: A &quot;quoted&quot; &lt;title> &amp; more" width="100%" height="\d+" loading="lazy"><\/iframe>$/,
	);
});
