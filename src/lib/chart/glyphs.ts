/**
 * Which characters a font covers, from the unicode ranges its subsets declare ("U+0000-00FF,U+0131"),
 * so a build-time image never draws a missing glyph as an empty box: the build stops instead.
 */

export type CodeRange = [number, number];

/** "U+0000-00FF,U+0131,U+20AC" → [[0, 255], [305, 305], [8364, 8364]]. */
export function parseUnicodeRanges(text: string): CodeRange[] {
	return text
		.split(',')
		.map((part) => part.trim().replace(/^U\+/i, ''))
		.filter(Boolean)
		.map((part) => {
			const [from, to] = part.split('-');
			const start = Number.parseInt(from!, 16);
			return [start, to ? Number.parseInt(to, 16) : start] as CodeRange;
		});
}

/** The distinct characters of `text` that no range covers (spaces and line breaks are always fine). */
export function uncoveredCharacters(text: string, ranges: readonly CodeRange[]): string[] {
	const missing = new Set<string>();
	for (const char of text) {
		if (/\s/.test(char)) continue;
		const code = char.codePointAt(0)!;
		if (!ranges.some(([from, to]) => code >= from && code <= to)) missing.add(char);
	}
	return [...missing];
}
