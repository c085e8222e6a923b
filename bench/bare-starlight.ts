/**
 * The yardstick: a bare Starlight project (no custom components, CSS, scripts or charts) with one
 * "twin" page per measured site page, holding that page's reading text as plain Markdown
 * paragraphs. Each site page is reported as a ratio to its own twin, so the comparison measures
 * what the site adds (charts, components, scripts), not how long the page's text is.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';

export interface BareText {
	/** The site title in the header (Starlight's `title` option). */
	siteTitle: string;
	/** The page title (the page's h1). */
	title: string;
	description: string;
	/** Markdown body: paragraphs and ## headings. */
	body: string;
	characters: number;
}

/** Escapes the characters Markdown would read as syntax, so the text renders as typed. */
function escapeMarkdown(line: string): string {
	return line
		.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`)
		.replace(/^(\d+)\. /, '$1\\. ')
		.replace(/^([-+]) /, '\\$1 ');
}

/** A built page's main text (title, description, and its Markdown content as paragraphs). */
export function pageText(indexHtml: string): BareText {
	const root = parse(readFileSync(indexHtml, 'utf8'));
	const title = root.querySelector('main h1')?.text.trim() || root.querySelector('title')?.text.trim() || 'Home';
	const siteTitle = root.querySelector('header .site-title')?.text.trim() || title;
	const description = root.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
	const content = root.querySelector('main .sl-markdown-content') ?? root.querySelector('main');
	if (!content) throw new Error(`${indexHtml} has no <main>`);
	const headings = new Set(content.querySelectorAll('h2, h3, h4').map((h) => h.text.trim()));
	const lines = content.structuredText
		.split('\n')
		.map((l) => l.replace(/\s+/g, ' ').trim())
		// Starlight's heading anchor links carry screen-reader text ("Section titled …").
		.filter((l) => l && !/^Section titled\b/.test(l));
	const body = lines.map((l) => (headings.has(l) ? `## ${escapeMarkdown(l)}` : escapeMarkdown(l))).join('\n\n');
	return { siteTitle, title, description, body: `${body}\n`, characters: lines.join(' ').length };
}

/** A plain favicon, so the bare page requests nothing that 404s. */
const favicon = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#4b5563"/></svg>\n';

const yamlString = (s: string) => JSON.stringify(s);

/**
 * Writes the bare project under `srcDir` (emptied first; node_modules is linked by the caller).
 * Its package.json names astro and Starlight with the project's versions: Astro reads the
 * dependencies to decide which packages Vite must bundle rather than leave to Node.
 */
export function writeBareProject(srcDir: string, pages: { slug: string; text: BareText }[], versions: { astro: string; starlight: string }): void {
	const text = pages[0]!.text;
	rmSync(srcDir, { recursive: true, force: true });
	mkdirSync(join(srcDir, 'src', 'content', 'docs'), { recursive: true });
	// Starlight links /favicon.svg by default; without the file the page logs a 404.
	mkdirSync(join(srcDir, 'public'));
	writeFileSync(join(srcDir, 'public', 'favicon.svg'), favicon);
	const pkg = { name: 'bare-starlight', private: true, type: 'module', dependencies: { '@astrojs/starlight': versions.starlight, astro: versions.astro } };
	writeFileSync(join(srcDir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
	writeFileSync(
		join(srcDir, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

// SITE_URL is the origin the bench serves this build from, so canonical URLs match it.
export default defineConfig({
	site: process.env.SITE_URL,
	integrations: [starlight({ title: ${JSON.stringify(text.siteTitle)} })],
});
`,
	);
	writeFileSync(
		join(srcDir, 'src', 'content.config.ts'),
		`import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
};
`,
	);
	for (const page of pages) {
		const file = join(srcDir, 'src', 'content', 'docs', page.slug ? `${page.slug}.md` : 'index.md');
		mkdirSync(join(file, '..'), { recursive: true });
		writeFileSync(file, `---\ntitle: ${yamlString(page.text.title)}\ndescription: ${yamlString(page.text.description)}\n---\n\n${page.text.body}`);
	}
}
