/**
 * Lighthouse 13 (default config = mobile preset, simulated throttling) against Debian's chromium,
 * launched by chrome-launcher. Only the served 127.0.0.1 origin is visited; Lighthouse downloads
 * nothing. Each run gets a fresh browser; the summary is the median of each metric over the runs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { median } from './stats.ts';

export const chromePath = process.env['CHROMIUM_PATH'] ?? process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

const chromeFlags = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];

export interface LighthouseRun {
	/** Category scores ×100. */
	scores: Record<Category, number | null>;
	lcpMs: number;
	tbtMs: number;
	cls: number;
	/** Lighthouse `total-byte-weight`: bytes transferred over the network. */
	transferBytes: number;
	benchmarkIndex: number | null;
	failing: { id: string; title: string; category: Category; group: string | null; score: number | null; displayValue?: string }[];
	warnings: string[];
}

export interface FailingAudit {
	id: string;
	title: string;
	category: Category;
	/** Lighthouse's group within the category: "metrics" and "hidden" hold the timing metrics. */
	group: string | null;
	/** Score ×100 in each run, in run order (100: passed in that run; null: the audit errored). */
	scores: (number | null)[];
	/** In how many of the runs it scored below 100. */
	failedRuns: number;
	/** Lighthouse's summary text from the first run it failed in. */
	displayValue?: string;
}

export interface LighthouseSummary {
	url: string;
	runs: number;
	/** Medians over the runs. */
	scores: Record<Category, number | null>;
	lcpMs: number;
	tbtMs: number;
	cls: number;
	transferBytes: number;
	benchmarkIndex: number | null;
	perRun: Pick<LighthouseRun, 'scores' | 'lcpMs' | 'tbtMs' | 'cls' | 'transferBytes'>[];
	failingAudits: FailingAudit[];
	warnings: string[];
}

/** Display modes whose score says nothing actionable. */
const unscored = new Set(['informative', 'notApplicable', 'manual']);

function numeric(lhr: Result, id: string): number {
	const value = lhr.audits[id]?.numericValue;
	if (value === undefined) throw new Error(`Lighthouse result has no ${id}`);
	return value;
}

function summarizeRun(lhr: Result): LighthouseRun {
	if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
	const scores = {} as Record<Category, number | null>;
	const failing: LighthouseRun['failing'] = [];
	const seen = new Set<string>();
	for (const category of categories) {
		const cat = lhr.categories[category];
		scores[category] = cat?.score == null ? null : Math.round(cat.score * 100);
		for (const ref of cat?.auditRefs ?? []) {
			const audit = lhr.audits[ref.id];
			if (!audit || seen.has(ref.id) || unscored.has(audit.scoreDisplayMode)) continue;
			if (audit.scoreDisplayMode !== 'error' && (audit.score === null || audit.score >= 1)) continue;
			seen.add(ref.id);
			const entry: LighthouseRun['failing'][number] = {
				id: ref.id,
				title: audit.title,
				category,
				group: ref.group ?? null,
				score: audit.score === null ? null : Math.round(audit.score * 100),
			};
			if (audit.displayValue) entry.displayValue = audit.displayValue;
			failing.push(entry);
		}
	}
	return {
		scores,
		lcpMs: numeric(lhr, 'largest-contentful-paint'),
		tbtMs: numeric(lhr, 'total-blocking-time'),
		cls: numeric(lhr, 'cumulative-layout-shift'),
		transferBytes: numeric(lhr, 'total-byte-weight'),
		benchmarkIndex: lhr.environment.benchmarkIndex ?? null,
		failing,
		warnings: lhr.runWarnings.map(String),
	};
}

/** One Lighthouse run in a fresh chromium; the full report JSON is kept in `saveAs` (gitignored). */
export async function lighthouseOnce(url: string, saveAs: string): Promise<LighthouseRun> {
	const chrome = await chromeLauncher.launch({ chromePath, chromeFlags, logLevel: 'silent' });
	try {
		const flags: Flags = {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: [...categories],
		};
		const result = await lighthouse(url, flags);
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		mkdirSync(join(saveAs, '..'), { recursive: true });
		writeFileSync(saveAs, typeof result.report === 'string' ? result.report : JSON.stringify(result.lhr));
		return summarizeRun(result.lhr);
	} finally {
		chrome.kill();
	}
}

/** Medians over several runs of one page, and every audit that scored below 100 in any of them. */
export function summarize(url: string, runs: LighthouseRun[]): LighthouseSummary {
	const scores = {} as Record<Category, number | null>;
	for (const category of categories) {
		const values = runs.map((r) => r.scores[category]).filter((v): v is number => v !== null);
		scores[category] = values.length ? median(values) : null;
	}
	const failing = new Map<string, FailingAudit>();
	runs.forEach((run, i) => {
		for (const f of run.failing) {
			// Runs where the audit passed count as 100.
			const entry = failing.get(f.id) ?? { id: f.id, title: f.title, category: f.category, group: f.group, scores: runs.map(() => 100), failedRuns: 0 };
			entry.scores[i] = f.score;
			entry.failedRuns++;
			if (f.displayValue && !entry.displayValue) entry.displayValue = f.displayValue;
			failing.set(f.id, entry);
		}
	});
	const benchmarks = runs.map((r) => r.benchmarkIndex).filter((v): v is number => v !== null);
	return {
		url,
		runs: runs.length,
		scores,
		lcpMs: median(runs.map((r) => r.lcpMs)),
		tbtMs: median(runs.map((r) => r.tbtMs)),
		cls: median(runs.map((r) => r.cls)),
		transferBytes: median(runs.map((r) => r.transferBytes)),
		benchmarkIndex: benchmarks.length ? median(benchmarks) : null,
		perRun: runs.map(({ scores, lcpMs, tbtMs, cls, transferBytes }) => ({ scores, lcpMs, tbtMs, cls, transferBytes })),
		failingAudits: [...failing.values()].sort((a, b) => a.category.localeCompare(b.category) || a.id.localeCompare(b.id)),
		warnings: [...new Set(runs.flatMap((r) => r.warnings))],
	};
}
