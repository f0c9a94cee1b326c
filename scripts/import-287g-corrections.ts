/**
 * Reviewed fixes to county names in ICE's 287(g) sheets, applied by `scripts/import-287g.ts`. Each
 * fix is recorded in the row's `notes`, with ICE's own value, so nothing changes silently. Add a row
 * only after checking the agency's real county (its name, its city's county); never guess.
 * Reviewed 2026-11-23 against ICE's 2025-05-16 and 2025-07-18 sheets, and 2026-12-06 against the
 * monthly sheets of 2025-08 to 2026-05 (the alias tables at the end of this file).
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
	// The agency is the Pope County Sheriff's Office (2026 lists).
	{ state: 'AR', from: 'Pop County', to: 'Pope County', why: 'misspelling' },
	// The agency is the Calcasieu Parish Sheriff's Office (2026 lists).
	{ state: 'LA', from: 'Calacasieu Parish', to: 'Calcasieu Parish', why: 'misspelling' },
	// Checked 2026-12-06 against the 2026-05-18 list: each agency's own name or its town's county.
	{ state: 'AR', from: 'Pulaksi County', to: 'Pulaski County', why: 'misspelling' },
	{ state: 'FL', from: 'Flager County', to: 'Flagler County', why: 'misspelling' },
	{ state: 'FL', from: 'Lake Conty', to: 'Lake County', why: 'misspelling' },
	{ state: 'FL', from: 'St. Luice County', to: 'St. Lucie County', why: 'misspelling' },
	{ state: 'IN', from: 'Stueben County', to: 'Steuben County', why: 'misspelling' },
	{ state: 'KS', from: 'Montgomery', to: 'Montgomery County', why: 'completed' },
	{ state: 'KY', from: 'Whitely County', to: 'Whitley County', why: 'misspelling' },
	// Morse is in Acadia Parish; Louisiana has parishes.
	{
		state: 'LA',
		from: 'Arcadia County',
		to: 'Acadia Parish',
		why: 'misspelling; Louisiana has parishes',
	},
	// The agency is the St. Bernard Parish Sheriff's Office; Chalmette is its seat.
	{
		state: 'LA',
		from: 'Chalmette Parish',
		to: 'St. Bernard Parish',
		why: 'the parish seat was given',
	},
	// The agency is the St. Charles Parish Sheriff's Office; "German Coast" is the area's old name.
	{
		state: 'LA',
		from: 'German Coast County',
		to: 'St. Charles Parish',
		why: 'the agency name says St. Charles Parish',
	},
	// Bokchito is in Bryan County.
	{ state: 'OK', from: 'Bryant County', to: 'Bryan County', why: 'misspelling' },
	{ state: 'OK', from: 'Custer Countey', to: 'Custer County', why: 'misspelling' },
	{ state: 'PA', from: 'Miffin County', to: 'Mifflin County', why: 'misspelling' },
	{ state: 'PA', from: 'Lawrence', to: 'Lawrence County', why: 'completed' },
	{ state: 'SC', from: 'Lexignton County', to: 'Lexington County', why: 'misspelling' },
	{
		state: 'TN',
		from: 'Sparta-White County',
		to: 'White County',
		why: 'Sparta is the seat of White County',
	},
	// Marlin is the seat of Falls County.
	{ state: 'TX', from: 'Fall County', to: 'Falls County', why: 'misspelling' },
	{ state: 'TX', from: 'Guadalupe Conty', to: 'Guadalupe County', why: 'misspelling' },
	{ state: 'TX', from: 'San Patricio', to: 'San Patricio County', why: 'completed' },
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
	{
		state: 'TX',
		agency: 'Overton Police Department',
		note: 'ICE lists "Overton County", which Texas does not have; Overton is in Rusk and Smith counties',
	},
	{
		state: 'MO',
		agency: 'North County Police Cooperative',
		note: 'ICE lists "North County"; the cooperative polices towns of north St. Louis County',
	},
];

/**
 * ICE's misspellings of the fixed values in its STATE, TYPE and SUPPORT TYPE columns, as seen on
 * its lists, and the value meant. Keys are upper case with single spaces. A value found here is
 * repaired with a note; a value found nowhere sets the row aside with a note.
 */
export const stateAliases: Record<string, string> = {
	PENNSLYVANIA: 'PENNSYLVANIA',
	'WEST VIRIGINIA': 'WEST VIRGINIA',
	'WEST VIRIGINA': 'WEST VIRGINIA',
	MCHIGAN: 'MICHIGAN',
	'WASHINGTON DC': 'DISTRICT OF COLUMBIA',
	'WASHINGTON, DC': 'DISTRICT OF COLUMBIA',
};

/**
 * Places on ICE's list that are not states: USPS code and Census FIPS code. They are kept and
 * listed apart from the 50 states and DC (the national page and the open data), because the
 * handbook's state pages are about state law, which these territories do not share.
 */
export const territories: Record<string, { code: string; fips: string; name: string }> = {
	GUAM: { code: 'GU', fips: '66', name: 'Guam' },
	'NORTHERN MARIANA ISLANDS': { code: 'MP', fips: '69', name: 'Northern Mariana Islands' },
	'COMMONWEALTH OF THE NORTHERN MARIANA ISLANDS': {
		code: 'MP',
		fips: '69',
		name: 'Northern Mariana Islands',
	},
	'PUERTO RICO': { code: 'PR', fips: '72', name: 'Puerto Rico' },
	'U.S. VIRGIN ISLANDS': { code: 'VI', fips: '78', name: 'U.S. Virgin Islands' },
	'VIRGIN ISLANDS': { code: 'VI', fips: '78', name: 'U.S. Virgin Islands' },
	'AMERICAN SAMOA': { code: 'AS', fips: '60', name: 'American Samoa' },
};

/** TYPE as ICE writes it → the type meant. */
export const agencyTypeAliases: Record<string, 'County' | 'Municipality' | 'State Agency'> = {
	COUNTY: 'County',
	MUNICIPALITY: 'Municipality',
	'STATE AGENCY': 'State Agency',
	STATE: 'State Agency',
	MUNCIPALITY: 'Municipality',
	MUNICIPAL: 'Municipality',
	CITY: 'Municipality',
};

/** SUPPORT TYPE as ICE writes it → model code. */
export const modelAliases: Record<string, 'TFM' | 'WSO' | 'JEM'> = {
	'TASK FORCE MODEL': 'TFM',
	'WARRANT SERVICE OFFICER': 'WSO',
	'JAIL ENFORCEMENT MODEL': 'JEM',
	'WARRANT SERVICE OFFICE': 'WSO',
	'WARRANT SERVICES OFFICER': 'WSO',
	'WARRANT SERVICE OFFICERS': 'WSO',
	'TASK FORCE': 'TFM',
	'JAIL ENFORCEMENT': 'JEM',
	TFM: 'TFM',
	WSO: 'WSO',
	JEM: 'JEM',
};
