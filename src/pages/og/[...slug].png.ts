/**
 * One link-preview PNG per page, drawn at build time: /og/index.png for the home page,
 * /og/h200/specs.png for /h200/specs/, and /og/default.png for pages outside the docs collection
 * that bring no image of their own. The route middleware points og:image at them.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCollection } from 'astro:content';
import { loadDataset } from '../../lib/data/records.ts';
import { pageAsOf } from '../../lib/site/page-records.ts';
import { pagePathOfEntry } from '../../lib/site/updates.ts';
import { siteDescription, siteTitle } from '../../lib/site/identity.ts';
import { defaultPreviewSlug, pageCard, previewSlug, type PreviewCard } from '../../lib/og/card.ts';
import { renderPreview } from '../../lib/og/render.ts';

export const getStaticPaths = (async () => {
	const [entries, dataset] = await Promise.all([getCollection('docs'), loadDataset()]);
	const paths: { params: { slug: string }; props: { card: Omit<PreviewCard, 'host'>; source: string } }[] = entries.map((entry) => ({
		params: { slug: previewSlug(pagePathOfEntry(entry.id)) },
		props: {
			card: pageCard({ title: entry.data.title, section: entry.data.section, asOf: pageAsOf(entry.body ?? '', dataset) }, siteTitle, ''),
			source: entry.filePath ?? entry.id,
		},
	}));
	paths.push({ params: { slug: defaultPreviewSlug }, props: { card: { siteName: siteTitle, title: siteDescription }, source: 'src/lib/site/identity.ts' } });
	const seen = new Map<string, string>();
	for (const { params, props } of paths) {
		const other = seen.get(params.slug);
		if (other) throw new Error(`src/pages/og: ${props.source} and ${other} would both write /og/${params.slug}.png; rename one page.`);
		seen.set(params.slug, props.source);
	}
	return paths;
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props, site }) => {
	const host = site ? site.host : '';
	const png = renderPreview({ ...props.card, host }, props.source);
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
