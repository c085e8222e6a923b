/** Types for what the Search override imports that ships without them. */

/** Starlight's build-time virtual modules (see @astrojs/starlight/dist/integrations/vite-virtual-modules.js). */
declare module 'virtual:starlight/project-context' {
	const project: { build: { format: 'file' | 'directory' | 'preserve' }; root: string; srcDir: string; trailingSlash: 'always' | 'never' | 'ignore' };
	export default project;
}
declare module 'virtual:starlight/pagefind-config' {
	/** The `pagefind` option of the Starlight config (ranking weights and the like), passed to the UI. */
	export const pagefindUserConfig: Record<string, unknown>;
}

/** Pagefind's default UI (https://pagefind.app/docs/ui-usage/), the part the override uses. */
declare module '@pagefind/default-ui' {
	export class PagefindUI {
		constructor(options: Record<string, unknown>);
		/** Puts `term` in the search input and runs the search, as if it had been typed. */
		triggerSearch(term: string): void;
	}
}
