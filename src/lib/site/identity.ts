/** The site's name and one-line description: Starlight's config, the feed and citations read them here. */
export const siteTitle = 'H200 Explainer';
export const siteDescription = 'The NVIDIA H200, the US export rules on AI chips, and China’s domestic AI-chip programs — explained, sourced and linkable.';
