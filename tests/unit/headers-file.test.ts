/**
 * The `_headers` reader behind the e2e server, and public/_headers itself: what a host sends for
 * pages, embeds and hashed assets. tests/e2e/csp.test.ts checks the headers of every built page.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { headersFor, parseHeadersFile, patternMatches } from '../../src/lib/site/headers-file.ts';

const shipped = parseHeadersFile(readFileSync(fileURLToPath(new URL('../../public/_headers', import.meta.url)), 'utf8'), 'public/_headers');

test('patterns: * spans any characters, slashes included; other characters are literal', () => {
	assert.ok(patternMatches('/*', '/'));
	assert.ok(patternMatches('/h200/*', '/h200/specs/'));
	assert.ok(patternMatches('/h200/*', '/h200/'));
	assert.ok(!patternMatches('/h200/*', '/h200x/'));
	assert.ok(patternMatches('/', '/'));
	assert.ok(!patternMatches('/', '/timeline/'));
	assert.ok(!patternMatches('/a.b', '/axb'));
});

test('every matching rule applies; a header set twice is joined as Cloudflare does', () => {
	const rules = parseHeadersFile('# c\n/*\n  A: 1\n/x/*\n  A: 2\n  B: 3\n');
	assert.deepEqual(
		[...headersFor(rules, '/x/y')],
		[
			['a', '1, 2'],
			['b', '3'],
		],
	);
	assert.deepEqual([...headersFor(rules, '/z')], [['a', '1']]);
});

test('a malformed file fails with the line and the fix', () => {
	assert.throws(() => parseHeadersFile('  A: 1\n', 'f'), /f:1: header line before any path pattern/);
	assert.throws(() => parseHeadersFile('/*\n  nonsense\n', 'f'), /f:2: "nonsense" is not "Name: value"/);
	assert.throws(() => parseHeadersFile('/:lang/*\n', 'f'), /placeholders/);
});

test('public/_headers: pages frameable only by the site, embeds by anyone, one value per header', () => {
	const samples = [
		'/',
		'/timeline/',
		'/h200/specs/',
		'/export-rules/calculator/',
		'/charts/',
		'/embed/x/',
		'/_astro/page.abc.js',
		'/pagefind/pagefind.js',
		'/404.html',
	];
	for (const path of samples) {
		const headers = headersFor(shipped, path);
		assert.equal(headers.get('x-content-type-options'), 'nosniff', path);
		const setters = shipped.filter((r) => patternMatches(r.pattern, path)).flatMap((r) => r.headers.map(([name]) => name.toLowerCase()));
		assert.equal(new Set(setters).size, setters.length, `${path}: a header is set by two rules (${setters.join(', ')})`);
	}
	assert.equal(headersFor(shipped, '/timeline/').get('content-security-policy'), "frame-ancestors 'self'");
	assert.equal(headersFor(shipped, '/embed/x/').get('content-security-policy'), 'frame-ancestors *');
	assert.equal(headersFor(shipped, '/_astro/page.abc.js').get('cache-control'), 'public, max-age=31536000, immutable');
	assert.match(headersFor(shipped, '/h200/specs/').get('cache-control') ?? '', /max-age=300\b/);
});
