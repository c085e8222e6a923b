/**
 * The bench's output: bench/reports/latest.json (every number, small enough to commit) and
 * bench/reports/latest.md (the same as readable tables, also printed at the end of the run).
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildResult } from './build.ts';
import type { FailingAudit, LighthouseSummary } from './lighthouse.ts';
import type { MachineInfo } from './machine.ts';
import type { IndexSize } from './pagefind-index.ts';
import type { SearchTiming } from './search-timing.ts';
import { ratio } from './stats.ts';

export interface BuildRow {
	label: string;
	/** Synthetic pages added (0 for the site as is). */
	syntheticPages: number;
	ok: boolean;
	ms: number;
	pagefindMs: number | null;
	pages: number | null;
	index: IndexSize | null;
	error?: string;
}

export interface BeforeScroll {
	html: number;
	css: number;
	js: number;
	total: number;
	scripts: string[];
}

export interface PageRow {
	label: string;
	path: string;
	bare: boolean;
	lighthouse: LighthouseSummary;
	beforeScroll: BeforeScroll;
	/** This page ÷ the bare Starlight page. */
	ratios: { transferBytes: number | null; lcp: number | null; beforeScroll: number | null };
}

export interface BenchReport {
	machine: MachineInfo;
	durationSeconds: number;
	settings: { lighthouseRuns: number; searchRuns: number; synthetic: number[] | 'skipped'; beforeScrollGoal: number };
	builds: { site: BuildRow; bare: BuildRow & { textCharacters: number } };
	pages: PageRow[];
	scaling: BuildRow[] | null;
	/** Search timed on the site and, the same way, on the bare twin of the landing page (Starlight's own search with its defaults), at each typing pace. */
	searches: SearchPair[];
	notes: string[];
}

export interface SearchPair {
	site: SearchTiming;
	bare: SearchTiming;
}

/** BENCH_ONLY=search: search timing and the bytes each page fetches before the reader interacts. */
export interface SearchReport {
	machine: MachineInfo;
	durationSeconds: number;
	searchRuns: number;
	searches: SearchPair[];
	beforeScroll: { path: string; bare: boolean; bytes: BeforeScroll }[];
}

/** The goals of issue #14, as checked in the report. */
const searchGoals = { afterTypingMs: 300, openMs: 150 };
const landingPerformanceGoal = 100;

const mark = (met: boolean) => (met ? '✔' : '✖');
const pace = (t: SearchTiming) => (t.keyDelayMs ? `typing ${t.keyDelayMs} ms a key` : 'keys all at once');

/** Goal rows for search: page, goal, this site, twin, met. */
function searchGoalRows(pairs: SearchPair[]): string[][] {
	return pairs.flatMap(({ site: s, bare: b }) => [
		[
			`\`${s.page}\``,
			`Last key → first result ≤ ${searchGoals.afterTypingMs} ms (${pace(s)})`,
			ms(s.medianAfterTypingMs),
			ms(b.medianAfterTypingMs),
			mark(s.medianAfterTypingMs <= searchGoals.afterTypingMs),
		],
		[
			`\`${s.page}\``,
			`Last key → first result < twin (${pace(s)})`,
			ms(s.medianAfterTypingMs),
			ms(b.medianAfterTypingMs),
			mark(s.medianAfterTypingMs < b.medianAfterTypingMs),
		],
		[
			`\`${s.page}\``,
			`Ctrl+K → input ready ≤ ${searchGoals.openMs} ms (${pace(s)})`,
			ms(s.medianOpenMs),
			ms(b.medianOpenMs),
			mark(s.medianOpenMs <= searchGoals.openMs),
		],
	]);
}

/**
 * Every goal of issue #14 beside the twin's figure from the same run, met or not: JavaScript
 * before interaction, Lighthouse scores and CLS per page, and search timing.
 */
function goalsSection(r: BenchReport): string {
	const rows: string[][] = [];
	const site = r.pages.filter((p) => !p.bare);
	const twinOf = (p: PageRow) => r.pages.find((o) => o.bare && o.path === p.path)!;
	for (const p of site) {
		const twin = twinOf(p);
		const page = `\`${p.path}\``;
		rows.push([
			page,
			'JavaScript fetched before interaction (gzip) < twin',
			kb(p.beforeScroll.js),
			kb(twin.beforeScroll.js),
			mark(p.beforeScroll.js < twin.beforeScroll.js),
		]);
		const perf = p.lighthouse.scores.performance;
		const twinPerf = twin.lighthouse.scores.performance;
		rows.push([page, 'Lighthouse performance ≥ twin', score(perf), score(twinPerf), mark(perf !== null && twinPerf !== null && perf >= twinPerf)]);
		if (p.path === '/')
			rows.push([page, `Lighthouse performance = ${landingPerformanceGoal}`, score(perf), score(twinPerf), mark(perf === landingPerformanceGoal)]);
		const others = (['accessibility', 'best-practices', 'seo'] as const).map((c) => p.lighthouse.scores[c]);
		rows.push([
			page,
			'Accessibility / best practices / SEO = 100',
			others.map(score).join(' / '),
			(['accessibility', 'best-practices', 'seo'] as const).map((c) => score(twin.lighthouse.scores[c])).join(' / '),
			mark(others.every((v) => v === 100)),
		]);
		rows.push([page, 'CLS = 0', p.lighthouse.cls.toFixed(3), twin.lighthouse.cls.toFixed(3), mark(p.lighthouse.cls === 0)]);
	}
	rows.push(...searchGoalRows(r.searches));
	const met = rows.filter((row) => row[4] === '✔').length;
	return [`\n## Goals (issue #14): ${met} of ${rows.length} met`, table(['Page', 'Goal', 'This site', 'Twin', 'Met'], rows)].join('\n');
}

export function buildRow(label: string, syntheticPages: number, build: BuildResult, index: IndexSize | null): BuildRow {
	const row: BuildRow = { label, syntheticPages, ok: build.ok, ms: Math.round(build.ms), pagefindMs: build.pagefindMs, pages: build.pages, index };
	if (build.error) row.error = build.error;
	return row;
}

const kb = (bytes: number | null | undefined) => (bytes == null ? '–' : `${(bytes / 1024).toFixed(1)} KB`);
const ms = (value: number | null | undefined) => (value == null || !Number.isFinite(value) ? '–' : `${Math.round(value)} ms`);
const s = (value: number | null | undefined) => (value == null ? '–' : `${(value / 1000).toFixed(1)} s`);
const x = (value: number | null | undefined) => (value == null ? '–' : `${value.toFixed(2)}×`);
const score = (value: number | null | undefined) => (value == null ? '–' : String(Math.round(value)));

function table(head: string[], rows: string[][]): string {
	return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** Why an audit fails for reasons of how the bench serves a build rather than of the page. */
const serverArtifacts: Record<string, string> = {
	'cache-insight': 'the bench serves each build with its own _headers file; the bare twin has none, so no Cache-Control',
};

const isMetric = (a: FailingAudit) => a.group === 'metrics' || a.group === 'hidden';
const pageName = (p: PageRow) => (p.bare ? `${p.label} (bare Starlight)` : `\`${p.path}\``);

function auditLine(a: FailingAudit, runs: number): string {
	const scores = a.scores.map((v) => (v === null ? 'error' : v)).join('/');
	const why = serverArtifacts[a.id] ? ` — ${serverArtifacts[a.id]}` : '';
	return `- \`${a.id}\` — ${a.title} (${a.category}; score ${scores}; ${a.failedRuns}/${runs} runs${a.displayValue ? `; ${a.displayValue}` : ''})${why}`;
}

/**
 * Failing audits, minus the noise: the timing metrics (already in the table) go on one line per
 * page, audits that fail on every page including the bare one are listed once, the rest per page.
 */
function auditsSection(r: BenchReport): string {
	const out: string[] = [];
	const audits = (p: PageRow) => p.lighthouse.failingAudits.filter((a) => !isMetric(a));
	const everywhere = new Set(r.pages.map((p) => new Set(audits(p).map((a) => a.id))).reduce((a, b) => new Set([...a].filter((id) => b.has(id)))));
	if (everywhere.size) {
		out.push(`On every page, bare Starlight included (scores shown for ${pageName(r.pages[0]!)}):`);
		for (const a of audits(r.pages[0]!).filter((a) => everywhere.has(a.id))) out.push(auditLine(a, r.pages[0]!.lighthouse.runs));
	}
	for (const p of r.pages) {
		const own = audits(p).filter((a) => !everywhere.has(a.id));
		const metrics = p.lighthouse.failingAudits.filter(isMetric);
		if (!own.length && !metrics.length) continue;
		out.push(`\n**${pageName(p)}**`);
		for (const a of own) out.push(auditLine(a, p.lighthouse.runs));
		if (metrics.length)
			out.push(`- metrics below 100: ${metrics.map((a) => `\`${a.id}\` ${a.scores.map((v) => v ?? 'error').join('/')}`).join(', ')} (scores per run)`);
	}
	return out.length ? out.join('\n') : 'None: every scored audit passed on every page in every run.';
}

export function renderMarkdown(r: BenchReport): string {
	const m = r.machine;
	const out: string[] = [];
	out.push(`# Benchmark report`);
	out.push(
		`${m.date} · ${m.os} · ${m.cpus.count}× ${m.cpus.model} · ${m.memoryGiB} GiB · Node ${m.node} · ${m.chromium} · ` +
			`load average ${m.loadAverage.start} → ${m.loadAverage.end ?? '?'} · bench took ${(r.durationSeconds / 60).toFixed(1)} min`,
	);
	out.push(
		`Timings on a shared machine are noisy: figures are medians (Lighthouse ${r.settings.lighthouseRuns} runs, search ${r.settings.searchRuns} runs); compare ratios, not absolutes.`,
	);

	out.push(goalsSection(r));

	out.push(`\n## Pages (Lighthouse 13, mobile preset, median of ${r.settings.lighthouseRuns})`);
	out.push(
		table(
			[
				'Page',
				'Perf',
				'A11y',
				'BP',
				'SEO',
				'LCP',
				'TBT',
				'CLS',
				'Transferred',
				'× bare',
				'LCP × bare',
				'Before scroll (gzip)',
				'× bare (goal ≤ ' + r.settings.beforeScrollGoal + ')',
			],
			r.pages.map((p) => {
				const l = p.lighthouse;
				const bs = p.ratios.beforeScroll;
				return [
					pageName(p),
					score(l.scores.performance),
					score(l.scores.accessibility),
					score(l.scores['best-practices']),
					score(l.scores.seo),
					ms(l.lcpMs),
					ms(l.tbtMs),
					l.cls.toFixed(3),
					kb(l.transferBytes),
					x(p.ratios.transferBytes),
					x(p.ratios.lcp),
					`${kb(p.beforeScroll.total)} (html ${kb(p.beforeScroll.html)}, css ${kb(p.beforeScroll.css)}, js ${kb(p.beforeScroll.js)})`,
					bs == null ? '–' : `${x(bs)} ${bs <= r.settings.beforeScrollGoal ? '✔' : '✖'}`,
				];
			}),
		),
	);

	out.push(`\n### Audits below 100`);
	out.push(auditsSection(r));
	const warnings = [...new Set(r.pages.flatMap((p) => p.lighthouse.warnings))];
	if (warnings.length) out.push(`\nLighthouse warnings: ${warnings.map((w) => w.replace(/\s+/g, ' ')).join(' · ')}`);

	out.push(`\n## Builds`);
	const builds = [r.builds.site, r.builds.bare, ...(r.scaling ?? [])];
	out.push(
		table(
			['Build', 'Pages', 'Wall time', 'Pagefind', 'Index size', 'Index files', 'Status'],
			builds.map((b) => [
				b.label,
				String(b.pages ?? '–'),
				s(b.ms),
				ms(b.pagefindMs),
				kb(b.index?.bytes),
				String(b.index?.files ?? '–'),
				b.ok ? 'ok' : 'failed',
			]),
		),
	);
	if (r.scaling === null) out.push('\nBuild scaling skipped (BENCH_QUICK=1).');
	for (const b of builds.filter((b) => b.error)) out.push(`\n${b.label} failed:\n\n\`\`\`\n${b.error}\n\`\`\``);

	out.push(searchSection(r.searches));
	if (r.notes.length) out.push(`\n## Notes\n\n${r.notes.map((n) => `- ${n}`).join('\n')}`);
	return `${out.join('\n')}\n`;
}

function searchSection(pairs: SearchPair[]): string {
	const row = (label: string, t: SearchTiming) => [
		label,
		pace(t),
		`\`${t.page}\``,
		`"${t.query}"`,
		ms(t.medianMs),
		ms(t.medianOpenMs),
		ms(t.medianAfterTypingMs),
		t.runs.map((run) => `${Math.round(run.afterTypingMs)}`).join(', ') + ' ms',
	];
	const runs = pairs[0]?.site.runs.length ?? 0;
	const out = [`\n## Time to first search result (median of ${runs})`];
	out.push(
		table(
			['Site', 'Typing', 'From', 'Query', 'Ctrl+K → first result', 'Ctrl+K → input ready', 'Last key → first result', 'Runs (last key → result)'],
			pairs.flatMap((p) => [row('This site', p.site), row('Bare Starlight twin', p.bare)]),
		),
	);
	out.push(
		'',
		'Clocks in the page, from the browser\'s event timestamps: "input ready" is keyboard focus in a text field of the open dialog (what is typed there is kept and searched for); "first result" is the first result link in the DOM. Each run starts cold (fresh browser context).',
	);
	return out.join('\n');
}

/** Writes search-latest.json and search-latest.md (BENCH_ONLY=search); returns the markdown. */
export function writeSearchReport(dir: string, r: SearchReport): string {
	const m = r.machine;
	const out: string[] = [`# Search benchmark (BENCH_ONLY=search)`];
	out.push(
		`${m.date} · ${m.cpus.count}× ${m.cpus.model} · Node ${m.node} · ${m.chromium} · load average ${m.loadAverage.start} → ${m.loadAverage.end ?? '?'} · took ${(r.durationSeconds / 60).toFixed(1)} min`,
	);
	out.push(searchSection(r.searches));
	out.push('', table(['Page', 'Goal', 'This site', 'Twin', 'Met'], searchGoalRows(r.searches)));
	out.push(`\n## JavaScript fetched before the reader interacts (gzip; page loaded, idle, no input)`);
	const sitePages = r.beforeScroll.filter((p) => !p.bare);
	out.push(
		table(
			['Page', 'This site', 'Bare twin', '× bare', 'Less than bare'],
			sitePages.map((p) => {
				const twin = r.beforeScroll.find((b) => b.bare && b.path === p.path)!;
				return [`\`${p.path}\``, kb(p.bytes.js), kb(twin.bytes.js), x(ratio(p.bytes.js, twin.bytes.js)), p.bytes.js < twin.bytes.js ? '✔' : '✖'];
			}),
		),
	);
	const markdown = `${out.join('\n')}\n`;
	mkdirSync(dir, { recursive: true });
	for (const [name, text] of [
		['search-latest.json', `${JSON.stringify(r, null, '\t')}\n`],
		['search-latest.md', markdown],
	] as const) {
		writeFileSync(join(dir, `${name}.tmp`), text);
		renameSync(join(dir, `${name}.tmp`), join(dir, name));
	}
	return markdown;
}

/** Writes latest.json and latest.md (via temporary files, so a crash never leaves half a report). */
export function writeReport(dir: string, report: BenchReport): string {
	mkdirSync(dir, { recursive: true });
	const markdown = renderMarkdown(report);
	for (const [name, text] of [
		['latest.json', `${JSON.stringify(report, null, '\t')}\n`],
		['latest.md', markdown],
	] as const) {
		writeFileSync(join(dir, `${name}.tmp`), text);
		renameSync(join(dir, `${name}.tmp`), join(dir, name));
	}
	return markdown;
}
