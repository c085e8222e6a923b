/**
 * Reads a `_headers` file (the format Netlify and Cloudflare Pages share): a path pattern on its own
 * line, then indented `Name: value` lines; `#` starts a comment; `*` in a pattern matches any run of
 * characters, slashes included. Every rule whose pattern matches a path applies; when two rules set
 * the same header, its values are joined with ", " (Cloudflare's rule, the strictest reading: two
 * Content-Security-Policy values become two policies, both enforced). public/_headers is written so
 * no two rules set the same header on one path, which makes Netlify's reading the same.
 * The e2e static server (tools/static-server.ts) serves the built site with these headers.
 */

export interface HeaderRule {
	pattern: string;
	headers: [name: string, value: string][];
}

/** Parses the file; a line it does not understand throws, naming the line and the fix. */
export function parseHeadersFile(text: string, fileName = '_headers'): HeaderRule[] {
	const rules: HeaderRule[] = [];
	text.split(/\r?\n/).forEach((raw, index) => {
		const line = raw.trim();
		if (line === '' || line.startsWith('#')) return;
		const where = `${fileName}:${index + 1}`;
		if (!/^\s/.test(raw)) {
			if (!line.startsWith('/')) throw new Error(`${where}: "${line}" is not a path pattern; start it with "/" (or indent a header line under one).`);
			if (/\/:/.test(line)) throw new Error(`${where}: placeholders (":name") are not supported here; use "*".`);
			rules.push({ pattern: line, headers: [] });
			return;
		}
		const rule = rules.at(-1);
		if (!rule) throw new Error(`${where}: header line before any path pattern; put a path pattern like "/*" above it.`);
		const colon = line.indexOf(':');
		if (colon <= 0) throw new Error(`${where}: "${line}" is not "Name: value".`);
		rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
	});
	return rules;
}

/** Whether a rule's pattern matches a URL path. */
export function patternMatches(pattern: string, path: string): boolean {
	const regex = new RegExp(
		`^${pattern
			.split('*')
			.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
			.join('.*')}$`,
	);
	return regex.test(path);
}

/** The headers for a path: every matching rule, in file order; repeated names joined with ", ". */
export function headersFor(rules: HeaderRule[], path: string): Map<string, string> {
	const out = new Map<string, string>();
	for (const rule of rules) {
		if (!patternMatches(rule.pattern, path)) continue;
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			const before = out.get(key);
			out.set(key, before === undefined ? value : `${before}, ${value}`);
		}
	}
	return out;
}
