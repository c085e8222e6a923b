import type { Source } from './schemas.ts';
import { formatIsoDate } from '../format.ts';

/** Short inline label for a citation: an abbreviation in brackets if the publisher has one, else its first words. */
export function sourceShortLabel(source: Source): string {
	const abbreviation = source.publisher.match(/\(([^)]+)\)/)?.[1];
	if (abbreviation) return abbreviation;
	const words = source.publisher.split(/\s+/);
	return words.length <= 2 ? source.publisher : words.slice(0, 2).join(' ');
}

/** Full citation for tooltips and the sources page: Publisher, “Title”, date. */
export function sourceCitation(source: Source): string {
	const date = source.published ? formatIsoDate(source.published) : 'n.d.';
	return `${source.publisher}, “${source.title}”, ${date}`;
}
