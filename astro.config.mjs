// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import sitemap from '@astrojs/sitemap';
import { sidebar } from './src/lib/site/sidebar.ts';
import { dataValidation } from './src/lib/data/integration.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinks } from './src/lib/site/base-links.ts';
import { focusableTables } from './src/lib/site/focusable-tables.ts';
import { siteDescription, siteTitle } from './src/lib/site/identity.ts';
import { astroSources, cspConfig, fileNames, keepComponentCssExternal } from './src/lib/site/csp.ts';
import anchors from './content/anchors.json' with { type: 'json' };

/** Where the site is published. Set SITE_URL and BASE_PATH to deploy elsewhere or under a sub-path. */
const site = process.env.SITE_URL ?? 'https://h200-explainer.example';
const base = process.env.BASE_PATH ?? '/';

/** Components whose `<script is:inline>` bodies the CSP hashes: Starlight's and the site's. */
const componentDirs = ['node_modules/@astrojs/starlight/dist/', 'src/components/'].map((dir) => fileURLToPath(new URL(dir, import.meta.url)));

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// A strict Content-Security-Policy per page (src/lib/site/csp.ts; headers in public/_headers).
	security: { csp: cspConfig(astroSources(componentDirs)) },
	vite: {
		// Astro 7.3 does not hash the small stylesheets it inlines for components placed in MDX pages
		// (Status, SpecTable, Classification …), so the CSP would block them: the site's own component
		// stylesheets stay files. Starlight's small ones are still inlined (and hashed).
		build: {
			assetsInlineLimit: keepComponentCssExternal([
				...fileNames(fileURLToPath(new URL('src/components/', import.meta.url)), '.astro'),
				...fileNames(fileURLToPath(new URL('src/styles/', import.meta.url)), '.css'),
			]),
		},
	},
	// Published pages that moved keep working (content/anchors.json → movedPages).
	redirects: anchors.movedPages,
	markdown: {
		processor: satteri({ features: { headingAttributes: true }, hastPlugins: [baseLinks(base), focusableTables] }),
	},
	integrations: [
		dataValidation(),
		// Starlight adds the sitemap unless one is configured; this one leaves out the chart embeds (/embed/…),
		// which exist only to be framed by other sites.
		sitemap({ filter: (page) => !new URL(page).pathname.startsWith(`${base.replace(/\/$/, '')}/embed/`) }),
		starlight({
			title: siteTitle,
			description: siteDescription,
			favicon: '/favicon.svg',
			markdown: { processedDirs: ['./content/docs'] },
			sidebar,
			lastUpdated: false,
			pagination: true,
			tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
			routeMiddleware: './src/lib/site/route-middleware.ts',
			customCss: ['./src/styles/site.css', './src/styles/status.css', './src/styles/charts.css', './src/styles/print.css'],
			components: {
				PageTitle: './src/components/overrides/PageTitle.astro',
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
				// Starlight's search dialog, made to load its UI when opened (not only when the page is idle).
				Search: './src/components/overrides/Search.astro',
			},
		}),
	],
});
