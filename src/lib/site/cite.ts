/**
 * "Cite this": a short citation, a full APA-like one and a BibTeX entry for a page or a chart.
 * Pure: the build renders them into the page, and the page's script rebuilds them with the
 * reader's "accessed" day when the disclosure opens, so both come from this one definition.
 *
 * Dates: the work's date is the day it was last updated (else the day its facts are as of); the
 * "as of" date is stated as well, because readers check figures against it. "Accessed" is the
 * reader's own day: without it (no JavaScript), the text formats leave a marked gap for the reader
 * and BibTeX leaves `urldate` out, rather than claiming a day nobody read the page on.
 */
import { formatIsoDate } from '../format.ts';

export type CiteKind = 'page' | 'chart';

export interface CiteInput {
	/** The page's or chart's title, as shown. */
	title: string;
	/** Site path, without the base path; may end in a #fragment (a section or a chart). */
	path: string;
	/** "Facts as of" (a page) or "data as of" (a chart), YYYY-MM-DD. */
	asOf: string;
	/** The day it last changed, YYYY-MM-DD, if known. */
	updated?: string | undefined;
	kind: CiteKind;
}

export interface CiteSite {
	/** The site's name: the author and publisher of every page. */
	name: string;
	/** The public origin (Astro's `site`), e.g. "https://example.org". */
	origin: string;
	/** Astro's `base`, e.g. "/" or "/h200-explainer/". */
	base: string;
}

export interface Citations {
	/** The exact URL cited (page, section or chart), absolute. */
	url: string;
	short: string;
	full: string;
	bibtex: string;
}

/** What a reader writes in the gap left for the day they read the page. */
export const accessedGap = '[date accessed]';

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

function requireDay(value: string, field: string, title: string): string {
	const parsed = new Date(`${value}T00:00:00Z`);
	if (!isoDay.test(value) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value)
		throw new Error(`cite.ts: "${title}" has ${field} "${value}"; give a calendar day as YYYY-MM-DD.`);
	return value;
}

/** The absolute URL of a site path under the configured base: ("https://x.org", "/sub/", "/a/#b") → "https://x.org/sub/a/#b". */
export function citeUrl(origin: string, base: string, path: string): string {
	if (!path.startsWith('/')) throw new Error(`cite.ts: path "${path}" must start with "/" (a site path such as "/h200/specs/").`);
	const prefix = base.replace(/\/+$/, '');
	return new URL(`${prefix}${path}`, origin).href;
}

const longMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const bibMonths = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "2026-11-30" → "2026, November 30" (APA's date after the author). */
function apaDate(iso: string): string {
	const [year, month, day] = iso.split('-');
	return `${year}, ${longMonths[Number(month) - 1]} ${Number(day)}`;
}

/** "2026-11-30" → "November 30, 2026" (APA's "Retrieved" date). */
function apaRetrieved(iso: string): string {
	const [year, month, day] = iso.split('-');
	return `${longMonths[Number(month) - 1]} ${Number(day)}, ${year}`;
}

/** Escapes a value for a braced BibTeX field: TeX's special characters become their commands. */
export function bibtexEscape(value: string): string {
	return value.replace(/[\\{}&%$#_~^]/g, (c) => {
		switch (c) {
			case '\\':
				return '\\textbackslash{}';
			case '~':
				return '\\textasciitilde{}';
			case '^':
				return '\\textasciicircum{}';
			default:
				return `\\${c}`;
		}
	});
}

/** A citation key from the site name and the path: ("H200 Explainer", "/h200/specs/#more-chips") → "h200explainer-h200-specs-more-chips". */
export function bibtexKey(siteName: string, path: string): string {
	const slug = (s: string) =>
		s
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '');
	return [slug(siteName).replace(/-/g, ''), slug(path) || 'home'].join('-');
}

/** All three citations of one page or chart. `accessed` (YYYY-MM-DD) is the reader's day, when known. */
export function citations(input: CiteInput, site: CiteSite, accessed?: string): Citations {
	const { title, kind } = input;
	const asOf = requireDay(input.asOf, 'asOf', title);
	const updated = input.updated === undefined ? undefined : requireDay(input.updated, 'updated', title);
	if (accessed !== undefined) requireDay(accessed, 'accessed', title);
	const url = citeUrl(site.origin, site.base, input.path);
	const workDate = updated ?? asOf;
	const asOfWords = kind === 'chart' ? 'data as of' : 'facts as of';
	const updatedWords = updated ? `updated ${formatIsoDate(updated, 'long')}, ` : '';

	const short =
		`${site.name}, “${title}”${kind === 'chart' ? ' [chart]' : ''}, ${updatedWords}${asOfWords} ${formatIsoDate(asOf, 'long')}, ` +
		`${url} (accessed ${accessed ? formatIsoDate(accessed, 'long') : accessedGap}).`;

	const asOfSentence = `${kind === 'chart' ? 'Data' : 'Facts'} as of ${apaRetrieved(asOf)}.`;
	const full =
		`${site.name}. (${apaDate(workDate)}). ${title}${kind === 'chart' ? ' [Chart]' : ''}. ${asOfSentence} ` +
		`Retrieved ${accessed ? apaRetrieved(accessed) : accessedGap}, from ${url}`;

	const [year, month] = workDate.split('-');
	const note = `${kind === 'chart' ? 'Chart, data' : 'Facts'} as of ${asOf}${updated ? `; updated ${updated}` : ''}`;
	const fields: [string, string][] = [
		['author', `{${bibtexEscape(site.name)}}`],
		// Double braces keep the title's capitals (H200, BIS) through styles that lower-case titles.
		['title', `{${bibtexEscape(title)}}`],
		['year', year!],
		['month', bibMonths[Number(month) - 1]!],
		['date', workDate],
		['url', url],
		...(accessed ? ([['urldate', accessed]] as [string, string][]) : []),
		['publisher', bibtexEscape(site.name)],
		['note', bibtexEscape(note)],
	];
	const bibtex = [
		`@misc{${bibtexKey(site.name, input.path)},`,
		...fields.map(([field, value]) => (field === 'month' ? `  ${field} = ${value},` : `  ${field} = {${value}},`)),
		'}',
	].join('\n');

	return { url, short, full, bibtex };
}

/** The reader's local calendar day as YYYY-MM-DD (not UTC: "today" is the reader's today). */
export function localDay(now: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
