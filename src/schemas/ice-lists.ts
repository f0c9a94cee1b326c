/**
 * `content/ice-lists/<YYYY-MM-DD>[-am|-pm].json`: one edition of ICE's 287(g) lists (signed
 * agreements and pending requests), and `content/ice-history/history.json`: every agreement seen on
 * the lists recorded so far. Both are written by `npm run data:287g` from ICE's spreadsheets. Never
 * edit these files by hand: run the importer again. Read by `src/lib/ice-lists.ts` and
 * `src/lib/ice-history.ts`. No Astro imports, so the importer can check its output with them.
 */
import { z } from 'astro/zod';
import { isCalendarDate } from './calendar-date.ts';

/** The three 287(g) models, as short codes. */
const iceModels = ['TFM', 'WSO', 'JEM'] as const;

/** A 287(g) model code. */
export type IceModel = (typeof iceModels)[number];

/** ICE's agency types, after the importer's alias table (`State` → `State Agency`). */
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
	/**
	 * Two-letter USPS code: a state, DC, or a territory (GU for Guam, MP for the Northern Mariana
	 * Islands), e.g. "TX".
	 */
	state: z.string().regex(/^[A-Z]{2}$/, { error: 'Use the two-letter state code, like TX.' }),
	/** The agency's name as ICE publishes it (spaces trimmed; spelling unchanged). */
	agency: z.string().min(2),
	/** County, Municipality or State Agency (ICE's value after the alias table, or inferred). */
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
	/** The day the agreement was signed, YYYY-MM-DD; null when ICE's SIGNED cell is empty. */
	signed: isoDay.nullable(),
	/** The signed Memorandum of Agreement on ice.gov; null while ICE says "link pending". */
	moaUrl: iceUrl,
	/** An addendum to the agreement on ice.gov, when ICE links one; else null. */
	addendumUrl: iceUrl,
});

/** One request ICE has not signed yet. */
const icePendingSchema = z.strictObject(rowFields);

/** A row of ICE's sheet the importer did not keep, and why (never shown as an agreement). */
const setAsideSchema = z.strictObject({
	/** Which list the row is on. */
	list: z.enum(['participating', 'pending']),
	/** Row number in ICE's sheet. */
	sourceRow: z.number().int().min(2),
	/** Why it was set aside, naming the column and the value. */
	reason: z.string().min(5),
	/** The row's cells as text, header name → value, so a reader can check it against ICE's sheet. */
	cells: z.record(z.string(), z.string()),
});

/** One edition of both lists. */
export const iceListSchema = z.strictObject({
	/** The edition date of the participating list, from ICE's file name (or --date), YYYY-MM-DD. */
	asOf: isoDay,
	/** Morning or afternoon edition (ICE sometimes publishes two a day); null when the name has neither. */
	edition: z.enum(['am', 'pm']).nullable(),
	/** The file name of ICE's participating-agencies sheet. */
	participatingFile: z.string().endsWith('.xlsx'),
	/** The file name of ICE's pending-agencies sheet; null when no pending list has been imported. */
	pendingFile: z.string().endsWith('.xlsx').nullable(),
	/** The edition date of the pending list (its own date, often older), YYYY-MM-DD; null with no file. */
	pendingAsOf: isoDay.nullable(),
	/** Every signed agreement, in ICE's order. */
	agreements: z.array(iceAgreementSchema).min(1, { error: 'An edition needs agreements.' }),
	/** Every pending request, in ICE's order (ICE has published empty pending lists). */
	pending: z.array(icePendingSchema),
	/** Rows of either sheet that were set aside (impossible dates, duplicates, no state), with why. */
	setAside: z.array(setAsideSchema),
});

/** One signed agreement. */
export type IceAgreement = z.output<typeof iceAgreementSchema>;
/** One pending request. */
export type IcePending = z.output<typeof icePendingSchema>;
/** A row set aside by the importer. */
export type IceSetAside = z.output<typeof setAsideSchema>;
/** One edition of ICE's lists. */
export type IceList = z.output<typeof iceListSchema>;

/** One agreement across every list recorded in the history. */
const historyAgreementSchema = z.strictObject({
	/** Two-letter USPS code, as in an edition. */
	state: z.string().regex(/^[A-Z]{2}$/),
	/** The agency's name on the newest list that shows it. */
	agency: z.string().min(2),
	/** Other names ICE used for the same agreement on older lists (renames are not endings). */
	formerNames: z.array(z.string().min(2)),
	/** Agency type on the newest list that shows it. */
	agencyType: z.enum(iceAgencyTypes),
	/** County on the newest list that shows it, after corrections; null when ICE gives none. */
	county: z.string().min(2).nullable(),
	/** Five-digit county FIPS code, or null. */
	countyFips: z
		.string()
		.regex(/^\d{5}$/)
		.nullable(),
	/** The 287(g) model. */
	model: z.enum(iceModels),
	/** The day it was signed, YYYY-MM-DD, or null when ICE gives none. */
	signed: isoDay.nullable(),
	/** The signed agreement on ice.gov, or null. */
	moaUrl: iceUrl,
	/**
	 * One character per recorded list, in the order of `lists`: "1" on that list, "0" not. First
	 * seen, last seen and whether it ended are read from this.
	 */
	seen: z.string().regex(/^[01]+$/),
});

/** `content/ice-history/history.json`: which agreements were on which of ICE's lists. */
export const iceHistorySchema = z.strictObject({
	/** The dates of the participating lists recorded, oldest first, YYYY-MM-DD (one per day). */
	lists: z.array(isoDay),
	/** ICE's file name of each recorded list, in the same order. */
	files: z.array(z.string().endsWith('.xlsx')),
	/** Every agreement seen on any recorded list, by state, agency and model. */
	agreements: z.array(historyAgreementSchema),
});

/** One agreement in the history. */
export type IceHistoryAgreement = z.output<typeof historyAgreementSchema>;
/** The whole history. */
export type IceHistory = z.output<typeof iceHistorySchema>;
