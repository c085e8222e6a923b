/** Builds a site URL that respects the configured `base`, e.g. sitePath('/sources/#bis') → '/sub/sources/#bis'. */
export function sitePath(path: string): string {
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	return `${base}${path}`;
}
