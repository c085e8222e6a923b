/** Breaks text into lines no wider than `width`, at spaces; a word wider than a line gets a line of its own. */
export function wrapText(text: string, width: number, measure: (text: string) => number, maxLines = Infinity): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && measure(candidate) > width) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines) return lines;
	// Too many lines: keep the first ones and end the last kept line with an ellipsis that fits.
	const kept = lines.slice(0, maxLines);
	let last = `${kept[maxLines - 1]!} ${lines[maxLines]!}`;
	while (last.length > 1 && measure(`${last}…`) > width) last = last.slice(0, -1).trimEnd();
	kept[maxLines - 1] = `${last}…`;
	return kept;
}
