/**
 * Zod schemas for every record under content/data/. One file per record; the file name
 * (without .json) is the record's id, so ids are unique by construction and stable in URLs.
 *
 * The same schemas back the Astro content collections (typed access in pages) and the
 * build-time validator in ./validate.ts (cross-checks and readable error messages).
 */
import { z } from 'astro/zod';
import { chipFields, numericChipFields, precisionInfo } from './chip-fields.ts';

/** An id is a short ASCII slug: it appears in URLs and anchors and must survive translation. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case ASCII slug like "h200-sxm"');

/** A calendar date, to the precision the source gives: "2023", "2023-10" or "2023-10-17". */
export const isoDate = z
	.string()
	.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD', abort: true })
	.refine((value) => isRealDate(value), 'is not a real calendar date');

function isRealDate(value: string): boolean {
	const [year, month = 1, day = 1] = value.split('-').map(Number);
	const date = new Date(Date.UTC(year!, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A site path with an optional fragment, e.g. "/h200/export-status/#key-points". */
export const sitePathWithFragment = z.string().regex(/^\/(?:[a-z0-9-]+\/)*(#[a-z0-9-]+)?$/, 'must be a site path like "/export-rules/step-by-step/#oct-2023"');

/** How a figure came to be. Shown to readers next to the value. */
export const basis = z.enum([
	/** Published by the maker in a datasheet or spec page. */
	'vendor-spec',
	/** A performance or market claim by the party selling the product; not independently verified. */
	'vendor-claim',
	/** A figure a maker announced for a product that has not shipped (a roadmap); it may change at launch. */
	'roadmap',
	/** Reported by press or analysts from their own sources. */
	'reported',
	/** A third party's estimate or forecast. */
	'estimate',
	/** Our own arithmetic on sourced inputs; the note says how. */
	'derived',
	/** Stated in a law, rule or official register. */
	'official',
]);

// ─── sources ───────────────────────────────────────────────────────────────────────────

/** What a source is; the schema's enum is this list. */
export const sourceKinds = ['regulation', 'government', 'company-filing', 'vendor-spec', 'press', 'research', 'secondary'] as const;
export type SourceKind = (typeof sourceKinds)[number];
/** Reader-facing words for each kind, for any view that lists sources by kind. */
export const sourceKindLabel = {
	/** Federal Register, BIS rule text, Chinese ministry announcements. */
	regulation: 'Regulation',
	/** Press releases and statements by governments and agencies. */
	government: 'Government statement',
	/** SEC filings, earnings releases, annual reports. */
	'company-filing': 'Company filing',
	/** Datasheets, product pages, vendor announcements. */
	'vendor-spec': 'Vendor specification',
	/** News reporting. */
	press: 'Press report',
	/** Think tanks, law firms, analysts, academic papers. */
	research: 'Research',
	/** Aggregators, wikis, reseller pages: used only where no primary source was found. */
	secondary: 'Secondary source',
} as const satisfies Record<SourceKind, string>;
export const sourceKind = z.enum(sourceKinds);

/**
 * How far a reader can trust a source on its own. Graded by what the page is, not what it
 * says: a faithful relay of a wire story is graded as the story it relays (see `relay`).
 */
export const sourceGrade = z.enum([
	/** The document itself: rule texts, BIS guidance, court and congressional records, company filings, vendor datasheets and product pages, official statements, benchmark owners. */
	'primary',
	/** Outlets with editorial standards and corrections: wire services, major papers, trade press of record, think tanks and research bodies, law-firm client alerts. */
	'established',
	/** Everything else: aggregators, wikis, resellers, personal blogs, crypto and investment sites, content mirrors. Used only where nothing better was found. */
	'other',
]);
export type SourceGrade = z.infer<typeof sourceGrade>;

/** The original story a relay republishes or summarises. */
export const relaySchema = z.strictObject({
	/** The outlet that broke the story, e.g. "Reuters". */
	outlet: z.string().min(2),
	/** Its headline as published (or as the relay quotes it). */
	headline: z.string().min(3),
	/** Its publication date. */
	published: isoDate,
	/** Its own URL, where known (often paywalled). */
	url: z.url({ protocol: /^https?$/ }).optional(),
});

export const sourceSchema = z.strictObject({
	/** Organisation that published it, e.g. "Bureau of Industry and Security". */
	publisher: z.string().min(2),
	/** Short citation label shown in the text, e.g. "NVIDIA datasheet", "91 FR 1684", "Reuters via Business Times". */
	label: z.string().min(2).max(48),
	grade: sourceGrade,
	/** Set when this page relays another outlet's story: the citation then reads "⟨outlet⟩, via ⟨publisher⟩". */
	relay: relaySchema.optional(),
	/** Title as published (translated titles in brackets). */
	title: z.string().min(3),
	url: z.url({ protocol: /^https?$/ }),
	/** Publication date; null when the page carries none (shown as "n.d."). */
	published: isoDate.nullable(),
	/** When we read it. */
	accessed: isoDate,
	kind: sourceKind,
	/** BCP 47 language of the source when not English, e.g. "zh". */
	language: z.string().min(2).optional(),
	/** Caveats a reader should know, e.g. "reseller page; figures match the datasheet". */
	note: z.string().optional(),
});

// ─── figures (chips) ──────────────────────────────────────────────────────────────────

/** Another value a different source gives for the same figure. */
const alternative = <T extends z.ZodType>(value: T) => z.strictObject({ value, source: slug, note: z.string().optional() });

/** A number with its unit and source. Units are fixed per field so a chart never mixes them. */
export const numericFigure = <U extends string>(unit: U) =>
	z.strictObject({
		value: z.number().nonnegative().finite(),
		unit: z.literal(unit),
		source: slug,
		basis: basis.default('vendor-spec'),
		note: z.string().optional(),
		/** Where sources disagree, the other values, each with its source. */
		alternatives: z.array(alternative(z.number().nonnegative().finite())).optional(),
	});

/** A text fact (process node, memory type) with its source. */
export const textFigure = z.strictObject({
	value: z.string().min(1),
	source: slug,
	basis: basis.default('vendor-spec'),
	note: z.string().optional(),
	alternatives: z.array(alternative(z.string().min(1))).optional(),
});

/** A date fact (announcement, first shipments) with its source. */
export const dateFigure = z.strictObject({
	value: isoDate,
	source: slug,
	basis: basis.default('reported'),
	note: z.string().optional(),
	alternatives: z.array(alternative(isoDate)).optional(),
});

/** Dense (not sparse) Tensor/matrix throughput per precision; units from the chip-field registry. */
export const throughputSchema = z.strictObject({
	fp64: numericFigure(precisionInfo.fp64.unit).optional(),
	tf32: numericFigure(precisionInfo.tf32.unit).optional(),
	/** BF16 or FP16, whichever is higher where they differ (they rarely do). */
	fp16: numericFigure(precisionInfo.fp16.unit).optional(),
	fp8: numericFigure(precisionInfo.fp8.unit).optional(),
	int8: numericFigure(precisionInfo.int8.unit).optional(),
	fp4: numericFigure(precisionInfo.fp4.unit).optional(),
});

export { precisions } from './chip-fields.ts';
export type { Precision } from './chip-fields.ts';

/** Who may buy a chip. */
export const markets = ['global', 'china-specific', 'china-domestic'] as const;
export type Market = (typeof markets)[number];
/** The words a spec table's column head and the calculator's chip list use for each market. */
export const marketLabel = {
	/** A product sold worldwide (where export rules allow). */
	global: 'Sold worldwide',
	/** A variant with compute or links cut down to fit a US rule for China (A800, H800, H20). */
	'china-specific': 'Cut down for China',
	/** Designed by a Chinese company. */
	'china-domestic': 'Chinese design',
} as const satisfies Record<Market, string>;

export const chipSchema = z.strictObject({
	/** Display name, e.g. "H200 SXM". */
	name: z.string().min(2),
	/** Chinese name where the product has one, e.g. "昇腾910C". */
	nameZh: z.string().optional(),
	vendor: z.string().min(2),
	vendorZh: z.string().optional(),
	/** Architecture or product family, e.g. "Hopper", "Da Vinci". */
	family: z.string().min(2),
	/** Who may buy it: a global product, a variant cut down for China, or a Chinese design. */
	market: z.enum(markets),
	/** Form factor the figures refer to, e.g. "SXM", "OAM", "PCIe card". */
	formFactor: z.string().optional(),
	process: textFigure.optional(),
	announced: dateFigure.optional(),
	shipped: dateFigure.optional(),
	memoryCapacity: numericFigure(chipFields.memoryCapacity.unit).optional(),
	memoryType: textFigure.optional(),
	memoryBandwidth: numericFigure(chipFields.memoryBandwidth.unit).optional(),
	throughput: throughputSchema.default({}),
	tdp: numericFigure(chipFields.tdp.unit).optional(),
	/** Total area of the compute die(s), as used for performance density. */
	dieArea: numericFigure(chipFields.dieArea.unit).optional(),
	/** Aggregate bidirectional chip-to-chip bandwidth (NVLink or equivalent). */
	interconnect: numericFigure(chipFields.interconnect.unit).optional(),
	transistors: numericFigure(chipFields.transistors.unit).optional(),
	/** One or two sentences a reader needs to place the chip. */
	summary: z.string().min(10),
});

// ─── events (rules, counter-measures, company moves) ──────────────────────────────────

export const eventSchema = z.strictObject({
	date: isoDate,
	/** Only when the exact day is not known, e.g. "late August 2022". */
	dateNote: z.string().optional(),
	/** Who acted: "BIS", "White House", "Congress", "MOFCOM", "SAMR", "CAC", "China customs", "NVIDIA"… */
	authority: z.string().min(2),
	side: z.enum(['us', 'china', 'company', 'other']),
	kind: z.enum(['rule', 'licensing', 'enforcement', 'counter-measure', 'investigation', 'policy', 'product', 'market', 'diplomacy']),
	title: z.string().min(5),
	/** What changed, in plain words. */
	summary: z.string().min(20),
	/** Numeric thresholds the action set, in words, e.g. "TPP ≥ 4,800 and I/O ≥ 600 GB/s". */
	thresholds: z.array(z.string()).optional(),
	/** Chip record ids the action hit. */
	chips: z.array(slug).optional(),
	sources: z.array(slug).min(1),
	/** Site path with fragment of the section that explains it, e.g. "/export-rules/step-by-step/#oct-2023". */
	explainer: sitePathWithFragment.optional(),
});

// ─── series (market figures for charts) ──────────────────────────────────────────────

export const seriesPointSchema = z.strictObject({
	/** Axis label, e.g. "FY2024" or "Q3 FY2026". */
	label: z.string().min(1),
	/** Period end (or the date of the figure), used to order and place the point. */
	date: isoDate,
	value: z.number().nonnegative().finite(),
	source: slug,
	basis: basis.default('reported'),
	note: z.string().optional(),
	alternatives: z.array(alternative(z.number().nonnegative().finite())).optional(),
});

export const seriesSchema = z.strictObject({
	title: z.string().min(3),
	/** Unit of every value, e.g. "USD billion", "%", "million units". */
	unit: z.string().min(1),
	description: z.string().min(10),
	points: z.array(seriesPointSchema).min(1),
});

// ─── glossary ────────────────────────────────────────────────────────────────────────

export const glossarySchema = z.strictObject({
	term: z.string().min(2),
	/** Abbreviation readers search for, e.g. "TPP". */
	abbr: z.string().optional(),
	/** Chinese term where one is in common use. */
	zh: z.string().optional(),
	/** One sentence, shown in tooltips and lists. */
	short: z.string().min(10),
	/** A paragraph. */
	long: z.string().min(20),
	related: z.array(slug).default([]),
	sources: z.array(slug).default([]),
});

// ─── charts ──────────────────────────────────────────────────────────────────────────

/** A numeric chip field, by its name in the chip-field registry (src/lib/data/chip-fields.ts). */
const chipField = z.enum(numericChipFields);
export type ChipField = z.infer<typeof chipField>;

export const chartSchema = z.strictObject({
	title: z.string().min(5),
	subtitle: z.string().optional(),
	/** The one sentence a reader should take away. */
	takeaway: z.string().min(10),
	/** Date the underlying figures were last checked. */
	asOf: isoDate,
	/** Where the data comes from. */
	data: z.discriminatedUnion('kind', [
		/** Bars of chip figures: one group per chip, one bar per field. Fields must share a unit. */
		z.strictObject({
			kind: z.literal('chip-bars'),
			chips: z.array(slug).min(1),
			fields: z.array(chipField).min(1),
			horizontal: z.boolean().default(true),
		}),
		/** Lines (or bars) over time from series records; all series must share a unit. */
		z.strictObject({
			kind: z.literal('series'),
			series: z.array(slug).min(1),
			style: z.enum(['line', 'bar']).default('line'),
		}),
		/** Every chip with the inputs, placed by TPP and performance density against the 3A090 thresholds. */
		z.strictObject({ kind: z.literal('tpp-density'), chips: z.array(slug).min(2) }),
		/** Compute-to-bandwidth ratio (FLOP per byte) at a precision: where a chip stops being memory-bound. */
		z.strictObject({
			kind: z.literal('ridge-point'),
			chips: z.array(slug).min(1),
			precision: z.enum(['fp16', 'fp8']),
		}),
	]),
});

// ─── status (state-of-the-world answers that pages render, never restate) ─────────────────

/** A full calendar day, for dates we checked ourselves. */
const isoDay = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a full ISO date, YYYY-MM-DD')
	.pipe(isoDate);

export const statusAnswer = z.strictObject({
	/** The answer in a few words, e.g. "Yes, in small numbers". */
	answer: z.string().min(2),
	/** One to three sentences: what is known, with the numbers the sources give. */
	detail: z.string().min(20),
	sources: z.array(slug).min(1),
});

export const statusSchema = z.strictObject({
	/** The question as a reader would ask it, e.g. "Have H200s reached buyers in China?" */
	question: z.string().min(10),
	...statusAnswer.shape,
	/** The day we last searched for news on this question. */
	checked: isoDay,
	/**
	 * Regular expressions (case-insensitive) for prose that states an answer to this question.
	 * A page whose text matches one outside the rendered status record fails the test: it must
	 * render the record with <Status id="…" /> instead of restating it.
	 */
	statedAs: z.array(z.string().min(3)).default([]),
	/** Earlier answers, newest first, each with the day it stopped being true. */
	history: z.array(z.strictObject({ until: isoDay, ...statusAnswer.shape })).default([]),
});

// ─── updates (the "What changed" log and feed) ────────────────────────────────────────────

export const updateSchema = z.strictObject({
	/** Day the change went live. */
	date: isoDay,
	title: z.string().min(5),
	/** What changed and why, in a few sentences. */
	summary: z.string().min(20),
	/** The sections the change touched, as site paths with fragments; the first is the main one. */
	sections: z.array(sitePathWithFragment).min(1),
});

export type Source = z.infer<typeof sourceSchema>;
export type Status = z.infer<typeof statusSchema>;
export type Update = z.infer<typeof updateSchema>;
export type Chip = z.infer<typeof chipSchema>;
export type NumericFigure = z.infer<ReturnType<typeof numericFigure>>;
export type TextFigure = z.infer<typeof textFigure>;
export type DateFigure = z.infer<typeof dateFigure>;
export type Event = z.infer<typeof eventSchema>;
export type Series = z.infer<typeof seriesSchema>;
export type GlossaryEntry = z.infer<typeof glossarySchema>;
export type ChartSpec = z.infer<typeof chartSchema>;

/** Folder under content/data/ → schema. The folder name is the collection name. */
export const dataKinds = {
	sources: sourceSchema,
	chips: chipSchema,
	events: eventSchema,
	series: seriesSchema,
	glossary: glossarySchema,
	charts: chartSchema,
	status: statusSchema,
	updates: updateSchema,
} as const;
export type DataKind = keyof typeof dataKinds;
