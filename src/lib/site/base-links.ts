/**
 * Prefixes root-relative links in Markdown/MDX with the configured `base`, so pages written
 * with `/export-rules/` links keep working when the site is deployed under a sub-path.
 */
import { defineHastPlugin } from 'satteri';

export function baseLinks(base: string) {
	const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
	return defineHastPlugin({
		name: 'base-links',
		element: {
			filter: ['a'],
			visit(node, ctx) {
				const href = node.properties['href'];
				if (!prefix || typeof href !== 'string') return;
				if (href.startsWith('/') && !href.startsWith('//') && !href.startsWith(`${prefix}/`)) ctx.setProperty(node, 'href', prefix + href);
			},
		},
	});
}
