/**
 * `content/ice-lists/<YYYY-MM-DD>-<am|pm>.json`: one edition of ICE's 287(g) lists (signed
 * agreements and pending requests), written by `npm run data:287g` from ICE's spreadsheets. Never
 * edit these files by hand: run the importer again. Read by `src/lib/ice-lists.ts` (state pages, the
 * national map, figures in the text). No Astro imports, so the importer can check its output with it.
 */
import { z } from 'astro/zod';
import { isCalendarDate } from '../lib/calendar-date.ts';

/** The three 287(g) models, as short codes. */
const iceModels = ['TFM', 'WSO', 'JEM'] as const;

/** A 287(g) model code. */
export type IceModel = (typeof iceModels)[number];

/** ICE's agency types, as published. */
const iceAgencyTypes = ['County', 'Municipality', 'State Agency'] as const;

const isoDay = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Write the date as YYYY-MM-DD; run the importer again.' })
	.refine((date) => !/^\d{4}-\d{2}-\d{2}$/.test(date) || isCalendarDate(date), {
		error: 'This day does not exist; run the importer again.',
	});

const iceUrl = z
	.string()
	.regex(/^https:\/\/www\.ice\.gov\//, {
		error: 'Links must be https://www.ice.gov/ addresses; run the importer again.',
	})
	.nullable();

/** Fields every row has, in both lists. */
const rowFields = {
	/** Two-letter USPS code of the state, e.g. "TX". */
	state: z.string().regex(/^[A-Z]{2}$/, { error: 'Use the two-letter state code, like TX.' }),
	/** The agency's name as ICE publishes it (spaces trimmed; spelling unchanged). */
	agency: z.string().min(2),
	/** County, Municipality or State Agency, as ICE publishes it. */
	agencyType: z.enum(iceAgencyTypes, { error: `Use one of: ${iceAgencyTypes.join(', ')}.` }),
	/** County as ICE names it, after the reviewed corrections; null when ICE gives none (#N/A). */
	county: z.string().min(2).max(100).nullable(),
	/** Five-digit Census FIPS code of that county; null when it matches no county of the state. */
	countyFips: z
		.string()
		.regex(/^\d{5}$/, { error: 'Use the five-digit county FIPS code, or null.' })
		.nullable(),
	/** The 287(g) model: TFM (Task Force), WSO (Warrant Service Officer) or JEM (Jail Enforcement). */
	model: z.enum(iceModels, { error: `Use one of: ${iceModels.join(', ')}.` }),
	/** What differs from ICE's cell, or what looks wrong in it; empty when nothing. */
	notes: z.array(z.string().min(5).max(400)),
	/** Row number in ICE's sheet (row 1 is the header), to trace a row back. */
	sourceRow: z.number().int().min(2),
};

/** One signed agreement: one agency and one model. */
const iceAgreementSchema = z.strictObject({
	...rowFields,
	/** The day the agreement was signed, YYYY-MM-DD. */
	signed: isoDay,
	/** The signed Memorandum of Agreement on ice.gov; null while ICE says "link pending". */
	moaUrl: iceUrl,
	/** An addendum to the agreement on ice.gov, when ICE links one; else null. */
	addendumUrl: iceUrl,
});

/** One request ICE has not signed yet. */
const icePendingSchema = z.strictObject(rowFields);

/** One edition of both lists. */
export const iceListSchema = z.strictObject({
	/** The edition date of the participating list, from ICE's file name, YYYY-MM-DD. */
	asOf: isoDay,
	/** Morning or afternoon edition (ICE sometimes publishes two a day): am or pm. */
	edition: z.enum(['am', 'pm']),
	/** The file name of ICE's participating-agencies sheet. */
	participatingFile: z.string().endsWith('.xlsx'),
	/** The file name of ICE's pending-agencies sheet. */
	pendingFile: z.string().endsWith('.xlsx'),
	/** The edition date of the pending list, from its file name, YYYY-MM-DD. */
	pendingAsOf: isoDay,
	/** Every signed agreement, in ICE's order. */
	agreements: z.array(iceAgreementSchema).min(1, { error: 'An edition needs agreements.' }),
	/** Every pending request, in ICE's order. */
	pending: z.array(icePendingSchema),
});

/** One signed agreement. */
export type IceAgreement = z.output<typeof iceAgreementSchema>;
/** One pending request. */
export type IcePending = z.output<typeof icePendingSchema>;
/** One edition of ICE's lists. */
export type IceList = z.output<typeof iceListSchema>;
