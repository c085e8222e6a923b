import { getCollection } from 'astro:content';

/**
 * Whether a Starlight route renders a page of the docs collection (content/docs/). Pages made with
 * <StarlightPage> (charts, embeds) carry a made-up entry, with no file in the collection: they
 * bring their own preview image and citation.
 */
export async function isDocsPage(filePath: string | undefined): Promise<boolean> {
	if (!filePath) return false;
	return (await getCollection('docs')).some((doc) => doc.filePath === filePath);
}
