import type { Source } from './schemas.ts';
import { formatIsoDate } from '../format.ts';

/** Short inline label for a citation: an abbreviation in brackets if the publisher has one, else its first words. */
export function sourceShortLabel(source: Source): string {
	// "Bureau of Industry and Security (BIS)" → "BIS"; but not "Jiemian (English)".
	const abbreviation = source.publisher.match(/\(([A-Z][A-Z0-9&.\- ]{1,11})\)/)?.[1];
	if (abbreviation) return abbreviation;
	const publisher = source.publisher.replace(/\s*\([^)]*\)/g, '');
	const words = publisher.split(/\s+/);
	if (words.length <= 4) return publisher;
	return words.slice(0, words[0] === 'The' ? 3 : 2).join(' ');
}

/** Full citation for tooltips and the sources page: Publisher, “Title”, date. */
export function sourceCitation(source: Source): string {
	const date = source.published ? formatIsoDate(source.published) : 'n.d.';
	return `${source.publisher}, “${source.title}”, ${date}`;
}
