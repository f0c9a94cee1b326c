/**
 * Reviewed fixes to county names in ICE's 287(g) sheets, applied by `scripts/import-287g.ts`. Each
 * fix is recorded in the row's `notes`, with ICE's own value, so nothing changes silently. Add a row
 * only after checking the agency's real county (its name, its city's county); never guess.
 * Reviewed 2026-11-23 against ICE's 2025-05-16 and 2025-07-18 sheets.
 */

/** ICE wrote `from` where the Census name is `to`. */
export interface CountyCorrection {
	/** Two-letter state code. */
	state: string;
	/** ICE's cell, trimmed. */
	from: string;
	/** The Census county name. */
	to: string;
	/** Why, in a few words (goes into the note). */
	why: string;
}

export const countyCorrections: CountyCorrection[] = [
	// The agency is the Franklin County Sheriff's Office.
	{ state: 'AL', from: 'Frankin County', to: 'Franklin County', why: 'misspelling' },
	// The agency is the Lafayette County Sheriff's Office.
	{ state: 'AR', from: 'Layafette County', to: 'Lafayette County', why: 'misspelling' },
	// Bunnell Police Department: Bunnell is the seat of Flagler County.
	{ state: 'FL', from: 'Flagere County', to: 'Flagler County', why: 'misspelling' },
	// The agency is the Decatur County Sheriff's Office; ICE left out "County".
	{ state: 'GA', from: 'Decatur', to: 'Decatur County', why: 'completed from the agency name' },
	// Louisiana has parishes, not counties.
	{
		state: 'LA',
		from: 'Saint Landry County',
		to: 'St. Landry Parish',
		why: 'Louisiana has parishes',
	},
	// Pending list: the Union Parish Sheriff's Office.
	{ state: 'LA', from: 'Union County', to: 'Union Parish', why: 'Louisiana has parishes' },
	// Pending list of 2025-05-15: the agency is the Allegany County Sheriff's Office.
	{ state: 'MD', from: 'Allegancy', to: 'Allegany County', why: 'misspelling' },
	// The agency is the "Berrian" (Berrien) County Sheriff's Office.
	{ state: 'MI', from: 'Berrian County', to: 'Berrien County', why: 'misspelling' },
	// Pennsylvania's county is Allegheny; Alleghany is in Virginia and North Carolina.
	{ state: 'PA', from: 'Alleghany County', to: 'Allegheny County', why: 'misspelling' },
	// The agency is the McCormick County Sheriff's Office.
	{ state: 'SC', from: 'McCorkmick County', to: 'McCormick County', why: 'misspelling' },
	// The agency is the "Lampass" (Lampasas) County Sheriff's Office.
	{ state: 'TX', from: 'Lampass County', to: 'Lampasas County', why: 'misspelling' },
	// Hopewell, Virginia is an independent city, a county equivalent of its own.
	{ state: 'VA', from: 'Hopewell County', to: 'Hopewell city', why: 'an independent city' },
];

/** A county ICE gives that is kept as published but looks wrong: the note says why. */
export interface CountyFlag {
	/** Two-letter state code. */
	state: string;
	/** The agency's name as ICE publishes it. */
	agency: string;
	/** The note to record. */
	note: string;
}

export const countyFlags: CountyFlag[] = [
	{
		state: 'AR',
		agency: 'Texarkana Police Department',
		note: 'ICE lists Bowie County, which is in Texas; Texarkana, Arkansas is in Miller County',
	},
	{
		state: 'NC',
		agency: 'Albemarle District Jail',
		note: 'ICE lists Albemarle County, which is in Virginia; North Carolina has none',
	},
	{
		state: 'TN',
		agency: "Madison County Sheriff's Office",
		note: 'ICE lists Macon County, but the agency name says Madison County',
	},
	{
		state: 'LA',
		agency: "St. Charles Place Sheriff's Office",
		note: 'ICE lists "German Coast County"; probably the St. Charles Parish Sheriff\'s Office',
	},
];
