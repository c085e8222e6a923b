/**
 * N generated MDX pages for the build-scaling runs, written into a throw-away copy of the project
 * (never into the real content/docs/). Each page has valid frontmatter (title, a 50–170 character
 * description, asOf, section "Site"), three ## sections with explicit ids and a few paragraphs of
 * deterministic pseudo-random prose drawn from the site's vocabulary, so the search index grows
 * roughly as it would with real pages.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const vocabulary = (
	'accelerator bandwidth memory capacity export rule licence chip compute performance density threshold ' +
	'hopper blackwell ascend foundry wafer packaging supply chain customs buyer seller revenue quarter ' +
	'government agency review entity list direct product rule tariff datacentre cluster training inference ' +
	'model token throughput latency interconnect module board server rack power cooling yield node process ' +
	'lithography domestic program subsidy market share analyst estimate source record figure chart table ' +
	'timeline event decision announcement guidance regulation classification control number parameter ' +
	'aggregate bidirectional transfer rate operation precision format sparse dense matrix tensor core clock ' +
	'frequency design vendor partner customer contract shipment inventory backlog demand forecast scenario'
).split(' ');

/** Small deterministic PRNG (mulberry32) so every run writes the same pages. */
function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function sentence(rand: () => number): string {
	const words = Array.from({ length: 8 + Math.floor(rand() * 10) }, () => vocabulary[Math.floor(rand() * vocabulary.length)]!);
	const text = words.join(' ');
	return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

const paragraph = (rand: () => number) => Array.from({ length: 4 + Math.floor(rand() * 3) }, () => sentence(rand)).join(' ');

export function syntheticPage(i: number, n: number): string {
	const rand = prng(i * 7919 + 17);
	const id = String(i).padStart(4, '0');
	const description = `Synthetic benchmark page ${i} of ${n}: generated prose that measures how build time and the search index grow with pages.`;
	const sections = ['Overview', 'Details', 'Context'].map((heading, s) => `## ${heading} ${id} {#s${s + 1}}\n\n${paragraph(rand)}\n\n${paragraph(rand)}\n`);
	return `---
title: "Synthetic page ${id}"
description: "${description}"
asOf: 2026-11-28
section: Site
---

Synthetic page ${id} (token synth${id}). ${paragraph(rand)}

${sections.join('\n')}`;
}

/** Writes `n` pages to <root>/content/docs/synthetic/page-0001.mdx … */
export function writeSyntheticPages(root: string, n: number): void {
	const dir = join(root, 'content', 'docs', 'synthetic');
	mkdirSync(dir, { recursive: true });
	for (let i = 1; i <= n; i++) writeFileSync(join(dir, `page-${String(i).padStart(4, '0')}.mdx`), syntheticPage(i, n));
}
