/**
 * Line breaking and type fitting for preview titles. Pure: the renderer passes in its text
 * measure, so tests can use a fake one.
 */

/** Width of `text` at font size `size`, in pixels. */
export type Measure = (text: string, size: number) => number;

/** Closing punctuation that must not start a line (it stays with the character before it). */
const closing = '、。，．・：；！？）」』》〉】!?,.:;)';
const ideographic = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303f\\uff00-\\uffef';
const piecePattern = new RegExp(`[${ideographic}][${closing}]*|[^\\s${ideographic}]+\\s*|\\s+`, 'gu');

/** Breakable pieces: a word with its trailing space, or one CJK character (with closing punctuation kept to it). */
export function breakPieces(text: string): string[] {
	return text.match(piecePattern) ?? [];
}

/** Greedy line breaking at `size`; a piece wider than a line is split between characters. */
export function wrapLines(text: string, size: number, maxWidth: number, measure: Measure): string[] {
	const lines: string[] = [];
	let line = '';
	const fits = (candidate: string) => measure(candidate.trimEnd(), size) <= maxWidth;
	for (const piece of breakPieces(text.trim())) {
		if (fits(line + piece)) {
			line += piece;
			continue;
		}
		if (line.trim()) lines.push(line.trimEnd());
		line = '';
		for (const char of piece.trimStart()) {
			if (line && !fits(line + char)) {
				lines.push(line.trimEnd());
				line = '';
			}
			line += char;
		}
	}
	if (line.trim()) lines.push(line.trimEnd());
	return lines;
}

export interface FittedText {
	size: number;
	lines: string[];
	/** The text did not fit and its last line ends in "…". */
	truncated: boolean;
}

/**
 * The largest size (of `sizes`, largest first) at which `text` fits in `maxLines` lines. If it
 * fits at none, the smallest size with the last line cut and ended with "…".
 */
export function fitText(text: string, sizes: readonly number[], maxWidth: number, maxLines: number, measure: Measure): FittedText {
	if (sizes.length === 0) throw new Error('layout.ts: fitText needs at least one size.');
	for (const size of sizes) {
		const lines = wrapLines(text, size, maxWidth, measure);
		if (lines.length <= maxLines) return { size, lines, truncated: false };
	}
	const size = sizes[sizes.length - 1]!;
	const lines = wrapLines(text, size, maxWidth, measure).slice(0, maxLines);
	let last = lines[maxLines - 1]!;
	while (last && measure(`${last}…`, size) > maxWidth) last = [...last].slice(0, -1).join('').trimEnd();
	lines[maxLines - 1] = `${last}…`;
	return { size, lines, truncated: true };
}
