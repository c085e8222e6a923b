/**
 * `npm run bench`: measures each site page against a bare Starlight twin with the same text, and reports
 * (never asserts). Steps:
 *   1. build the site → bench/out/site, and a bare Starlight page → bench/out/bare (both timed)
 *   2. Lighthouse 13 (mobile) on four site pages and the bare page, median of BENCH_LH_RUNS (3)
 *   3. gzip bytes fetched before scrolling, per page, as a ratio to the bare page
 *   4. time from Ctrl+K to the first search result, median of BENCH_SEARCH_RUNS (5), on the site and
 *      on the bare twin of the landing page (Starlight's own search, its defaults), with the query
 *      typed all at once and at a reader's pace
 *   5. build scaling with N synthetic pages, N from BENCH_SYNTH ("100,1000"); BENCH_QUICK=1 skips it
 * Writes bench/reports/latest.json and latest.md and prints the markdown.
 * BENCH_ONLY=search runs steps 1, 3 and 4 only (a few minutes) and writes search-latest.json/.md instead.
 * Each build is served from a local port chosen before the build, and built with SITE_URL set to
 * that origin, so canonical URLs match what Lighthouse loads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { launchBrowser } from '../tools/browser.ts';
import { bytesBeforeScroll } from '../tools/bytes.ts';
import { serveStatic, type RunningServer } from '../tools/static-server.ts';
import { pageText, writeBareProject } from './bare-starlight.ts';
import { astroBuild } from './build.ts';
import { scalingBuild } from './build-scaling.ts';
import { chromePath, lighthouseOnce, summarize, type LighthouseRun } from './lighthouse.ts';
import { loadAverageNow, machineInfo } from './machine.ts';
import { pagefindIndexSize } from './pagefind-index.ts';
import { linkNodeModules } from './project-copy.ts';
import { buildRow, writeReport, writeSearchReport, type BeforeScroll, type BenchReport, type PageRow, type SearchPair } from './report.ts';
import { readerPaceMs, timeFirstResult } from './search-timing.ts';
import { ratio } from './stats.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'bench', 'out');
const reports = join(root, 'bench', 'reports');
const siteDir = join(out, 'site');
const bareSrc = join(out, 'bare-src');
const bareDir = join(out, 'bare');

const env = process.env;
const searchOnly = env['BENCH_ONLY'] === 'search';
const quick = env['BENCH_QUICK'] === '1';
const lighthouseRuns = Number(env['BENCH_LH_RUNS'] ?? 3);
const searchRuns = Number(env['BENCH_SEARCH_RUNS'] ?? 5);
const synthetic = (env['BENCH_SYNTH'] ?? '100,1000')
	.split(',')
	.map((n) => Number(n.trim()))
	.filter((n) => Number.isInteger(n) && n > 0);
const beforeScrollGoal = 1.3;

/** The pages measured, by role. */
const sitePages = [
	{ label: 'Landing', path: '/' },
	{ label: 'Chart-heavy', path: '/h200/specs/' },
	{ label: 'Calculator', path: '/export-rules/calculator/' },
	{ label: 'Timeline', path: '/timeline/' },
];

const started = performance.now();
const loadStart = loadAverageNow();
const log = (message: string) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s] ${message}`);
const origin = (server: RunningServer) => new URL(server.url).origin;

if (!existsSync(chromePath)) {
	console.error(`chromium not found at ${chromePath}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
	process.exit(1);
}

const servers: RunningServer[] = [];
try {
	const notes: string[] = [];

	// 1. Builds. The servers start first (they read files per request), so each build knows its origin.
	const site = await serveStatic(siteDir);
	servers.push(site);
	log(`building the site → ${siteDir} (SITE_URL=${origin(site)})`);
	const siteBuild = await astroBuild({
		projectRoot: root,
		cwd: root,
		args: ['--outDir', siteDir],
		env: { SITE_URL: origin(site), BASE_PATH: '/' },
		logFile: join(out, 'logs', 'build-site.log'),
	});
	if (!siteBuild.ok) throw new Error(`site build failed (log: ${siteBuild.logFile}):\n${siteBuild.error}`);
	log(`site built in ${(siteBuild.ms / 1000).toFixed(1)}s`);

	const twins = sitePages.map((p) => ({ slug: p.path.replace(/^\/|\/$/g, ''), text: pageText(join(siteDir, p.path, 'index.html')) }));
	const text = twins[0]!.text;
	const deps = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies;
	writeBareProject(bareSrc, twins, { astro: deps['astro'] ?? '*', starlight: deps['@astrojs/starlight'] ?? '*' });
	linkNodeModules(root, bareSrc);
	const bare = await serveStatic(bareDir);
	servers.push(bare);
	log(`building the bare Starlight twins (${twins.map((t) => t.text.characters).join(', ')} characters of text) → ${bareDir}`);
	const bareBuild = await astroBuild({
		projectRoot: root,
		cwd: root,
		args: ['--root', 'bench/out/bare-src', '--outDir', '../bare'],
		env: { SITE_URL: origin(bare) },
		logFile: join(out, 'logs', 'build-bare.log'),
	});
	if (!bareBuild.ok) throw new Error(`bare Starlight build failed (log: ${bareBuild.logFile}):\n${bareBuild.error}`);
	log(`bare page built in ${(bareBuild.ms / 1000).toFixed(1)}s`);

	// 2. Lighthouse, runs interleaved across pages so load drift on the machine spreads evenly.
	const targets = sitePages.flatMap((p) => [
		{ ...p, bare: false, url: new URL(p.path.slice(1), site.url).href },
		{ label: `Bare twin of ${p.path}`, path: p.path, bare: true, url: new URL(p.path.slice(1), bare.url).href },
	]);
	const runs = new Map<string, LighthouseRun[]>(targets.map((t) => [t.url, []]));
	for (let run = 1; run <= (searchOnly ? 0 : lighthouseRuns); run++)
		for (const t of targets) {
			const slug = (t.bare ? 'bare-' : '') + (t.path.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'index');
			log(`lighthouse ${run}/${lighthouseRuns} ${t.bare ? 'bare twin of ' : ''}${t.path}`);
			runs.get(t.url)!.push(await lighthouseOnce(t.url, join(out, 'lighthouse', `${slug}-${run}.json`)));
		}

	// 3 and 4. Bytes before scrolling and search timing, in playwright-driven chromium.
	const browser = await launchBrowser();
	let chromium: string;
	const beforeScroll = new Map<string, BeforeScroll>();
	const searches: SearchPair[] = [];
	try {
		chromium = `Chromium ${browser.version()}`;
		for (const t of targets) {
			const b = t.bare ? await bytesBeforeScroll(browser, bare.url, bareDir, t.path) : await bytesBeforeScroll(browser, site.url, siteDir, t.path);
			beforeScroll.set(t.url, { ...b, total: b.html + b.css + b.js });
		}
		for (const delay of [0, readerPaceMs]) {
			log(`search timing, site and bare twin of /: Ctrl+K, "H200" typed ${delay ? `${delay} ms a key` : 'at once'}, ${searchRuns} runs each`);
			searches.push({
				site: await timeFirstResult(browser, site.url, 'H200', searchRuns, delay),
				bare: await timeFirstResult(browser, bare.url, 'H200', searchRuns, delay),
			});
		}
	} finally {
		await browser.close();
	}
	const external = [...new Set(searches.flatMap((p) => p.site.external))];
	if (external.length) notes.push(`Search made requests outside 127.0.0.1: ${external.join(', ')}`);
	if (searchOnly) {
		const markdown = writeSearchReport(reports, {
			machine: machineInfo(chromium, loadStart),
			durationSeconds: Math.round((performance.now() - started) / 1000),
			searchRuns,
			searches,
			beforeScroll: targets.map((t) => ({ path: t.path, bare: t.bare, bytes: beforeScroll.get(t.url)! })),
		});
		log(`wrote ${join('bench', 'reports', 'search-latest.json')} and search-latest.md\n`);
		console.log(markdown);
		// Only search was asked for: the servers close and the run ends here.
		for (const server of servers.splice(0)) await server.close();
		process.exit(0);
	}

	const pages: PageRow[] = targets.map((t) => {
		const twin = targets.find((o) => o.bare && o.path === t.path)!;
		const bareSummary = summarize(twin.url, runs.get(twin.url)!);
		const bareBytes = beforeScroll.get(twin.url)!;
		const lighthouse = t.bare ? bareSummary : summarize(t.url, runs.get(t.url)!);
		const bytes = beforeScroll.get(t.url)!;
		return {
			label: t.label,
			path: t.path,
			bare: t.bare,
			lighthouse,
			beforeScroll: bytes,
			ratios: {
				transferBytes: ratio(lighthouse.transferBytes, bareSummary.transferBytes),
				lcp: ratio(lighthouse.lcpMs, bareSummary.lcpMs),
				beforeScroll: ratio(bytes.total, bareBytes.total),
			},
		};
	});

	// 5. Build scaling, each in a fresh copy (cold caches), starting from the site as is.
	let scaling: BenchReport['scaling'] = null;
	if (!quick) {
		scaling = [];
		for (const n of [0, ...synthetic]) {
			log(`scaling build: ${n} synthetic pages`);
			const row = await scalingBuild(root, out, n);
			log(`  ${row.ok ? `built in ${(row.ms / 1000).toFixed(1)}s` : 'FAILED'}`);
			scaling.push(row);
		}
	}

	const benchmarkIndexes = pages.map((p) => p.lighthouse.benchmarkIndex).filter((v): v is number => v !== null);
	notes.push(
		'"Transferred" is Lighthouse total-byte-weight as served by the bench\'s static server, which compresses text with gzip and sends a build\'s _headers as a static host does; "before scroll" is html + css + js fetched on a 1280×800 load without scrolling, each file gzip -9 (tools/bytes.ts).',
		'The site build runs in the working tree (its Astro cache in node_modules/.astro may be warm); the scaling builds run in fresh copies under bench/out/ with cold caches, so compare them with the "fresh copy" row.',
		`Lighthouse uses simulated throttling (mobile preset); its CPU benchmark index here was ${benchmarkIndexes.length ? Math.min(...benchmarkIndexes) : '?'}–${benchmarkIndexes.length ? Math.max(...benchmarkIndexes) : '?'} (higher is faster), so TBT especially reflects the machine's load.`,
		`Each site page is compared with a bare twin: the same page's reading text (${twins.map((t) => `${t.slug || 'index'} ${t.text.characters}`).join(', ')} characters) as plain Markdown under a Starlight config with only a title.`,
	);

	const machine = machineInfo(chromium, loadStart);
	const report: BenchReport = {
		machine,
		durationSeconds: Math.round((performance.now() - started) / 1000),
		settings: { lighthouseRuns, searchRuns, synthetic: quick ? 'skipped' : synthetic, beforeScrollGoal },
		builds: {
			site: buildRow('Site (working tree)', 0, siteBuild, pagefindIndexSize(siteDir)),
			bare: { ...buildRow('Bare Starlight page', 0, bareBuild, pagefindIndexSize(bareDir)), textCharacters: text.characters },
		},
		pages,
		scaling,
		searches,
		notes,
	};
	const markdown = writeReport(reports, report);
	log(`wrote ${join('bench', 'reports', 'latest.json')} and latest.md\n`);
	console.log(markdown);
} finally {
	for (const server of servers) await server.close();
}
