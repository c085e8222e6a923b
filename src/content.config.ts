import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';
import { dataKinds } from './lib/data/schemas.ts';

/** Extra frontmatter every page must carry (Starlight's own keys stay as they are). */
const pageFrontmatter = z.object({
	/** Shown in search results and link previews; required so no page ships without one. */
	description: z.string().min(50).max(170),
	/** Pagefind weight (0–10) of the title, for the page that defines what its title names. */
	searchWeight: z.number().min(0).max(10).optional(),
	/**
	 * Pages generated from records rather than MDX (the chart pages, src/pages/charts/): the charts the
	 * page shows, so its "Facts as of" date is computed from them like any page's.
	 */
	charts: z.array(z.string()).optional(),
	/** Section label shown with search results. */
	section: z.enum(['Start', 'H200', 'Export rules', 'China', 'What it means', 'Timeline', 'Glossary', 'Sources', 'Charts', 'Site']).default('Start'),
});

/** One collection per folder of content/data/: one JSON record per file, id = file name. */
function dataCollection<K extends keyof typeof dataKinds>(kind: K) {
	return defineCollection({
		loader: glob({ base: `./content/data/${kind}`, pattern: '*.json' }),
		schema: dataKinds[kind],
	});
}

export const collections = {
	docs: defineCollection({
		loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema({ extend: pageFrontmatter }),
	}),
	sources: dataCollection('sources'),
	chips: dataCollection('chips'),
	events: dataCollection('events'),
	series: dataCollection('series'),
	glossary: dataCollection('glossary'),
	charts: dataCollection('charts'),
	status: dataCollection('status'),
	updates: dataCollection('updates'),
};
