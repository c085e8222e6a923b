/**
 * Which font files a link preview needs. Fonts come from npm packages only (nothing is fetched
 * at build time): Inter for Latin text, Noto Sans SC for Chinese. Fontsource ships Noto Sans SC
 * in about a hundred slices by Unicode range; a preview registers only the slices its own text
 * needs, so a Chinese title costs a few hundred kilobytes of font, and an English one none.
 * A character no face covers stops the build (it would render as an empty box).
 */

/** A font file and the code points it covers, from Fontsource's unicode.json ("U+0000-00FF,U+0131"). */
export interface FontFace {
	/** Unique name, also the family alias it is registered under. */
	id: string;
	ranges: [number, number][];
}

/** "U+0000-00FF,U+0131" → [[0, 255], [305, 305]]. */
export function parseUnicodeRange(spec: string): [number, number][] {
	return spec.split(',').map((part) => {
		const match = /^\s*U\+([0-9a-f]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
		if (!match) throw new Error(`fonts.ts: "${part}" is not a Unicode range (expected U+XXXX or U+XXXX-YYYY).`);
		const from = parseInt(match[1]!, 16);
		return [from, match[2] ? parseInt(match[2], 16) : from];
	});
}

export interface Coverage {
	/** Ids of the faces the text uses, in the order of `faces` (the fallback order). */
	faces: string[];
	/** Characters no face covers. */
	missing: string[];
}

/** Picks, for every character of `text`, the first face (in order) that covers it. */
export function coverText(text: string, faces: readonly FontFace[]): Coverage {
	const used = new Set<string>();
	const missing = new Set<string>();
	for (const char of text) {
		if (/\s/.test(char)) continue;
		const code = char.codePointAt(0)!;
		const face = faces.find((f) => f.ranges.some(([from, to]) => code >= from && code <= to));
		if (face) used.add(face.id);
		else missing.add(char);
	}
	return { faces: faces.filter((f) => used.has(f.id)).map((f) => f.id), missing: [...missing] };
}
