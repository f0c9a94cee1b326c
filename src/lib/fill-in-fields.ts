/**
 * The fill-in fields of script pages. A placeholder that means the same thing in every script
 * (your name, your county, the sheriff's name) maps to one shared key here, so the reader types it
 * once and every script on this phone shows it. Any other placeholder is keyed to its own script.
 * Add a token here when a new script uses a slot that other scripts share.
 */
import { slugify } from './slug.ts';

/** One shared field: its storage key, and whether it names the official the script is for. */
interface SharedField {
	key: string;
	/** True for the official's name; "What I did" uses it to say who you contacted. */
	official?: boolean;
}

/** Placeholder tokens that mean the same in every script, and the key their value is kept under. */
const sharedFields: Readonly<Record<string, SharedField>> = {
	'[YOUR NAME]': { key: 'your-name' },
	'[YOUR TOWN]': { key: 'your-town' },
	'[YOUR PHONE]': { key: 'your-phone' },
	'[YOUR EMAIL]': { key: 'your-email' },
	'[YOUR STORY]': { key: 'your-story' },
	'[GROUP NAME]': { key: 'group-name' },
	'[COUNTY]': { key: 'county' },
	'[CITY]': { key: 'city' },
	'[STATE]': { key: 'state' },
	'[SHERIFF NAME]': { key: 'sheriff-name', official: true },
	'[COMMISSIONER NAME]': { key: 'commissioner-name', official: true },
	'[COUNCIL MEMBER NAME]': { key: 'council-member-name', official: true },
	'[MAYOR NAME]': { key: 'mayor-name', official: true },
	'[POLICE CHIEF NAME]': { key: 'police-chief-name', official: true },
	'[LEGISLATOR NAME]': { key: 'legislator-name', official: true },
	'[GOVERNOR NAME]': { key: 'governor-name', official: true },
	'[MEMBER NAME]': { key: 'member-of-congress-name', official: true },
};

/**
 * Each Spanish token and the English token it stands for (CONTRIBUTING.md, "Translating"). A value
 * is kept under the English token's key, so what a reader types on an English script fills the
 * Spanish one too, and a local edition's defaults (written with English tokens) fill both.
 */
const spanishTokens: Readonly<Record<string, string>> = {
	'[SU NOMBRE]': '[YOUR NAME]',
	'[SU BARRIO O CIUDAD]': '[YOUR TOWN]',
	'[SU TELÉFONO]': '[YOUR PHONE]',
	'[SU CORREO]': '[YOUR EMAIL]',
	'[SU HISTORIA]': '[YOUR STORY]',
	'[NOMBRE DEL GRUPO]': '[GROUP NAME]',
	'[CONDADO]': '[COUNTY]',
	'[CIUDAD]': '[CITY]',
	'[ESTADO]': '[STATE]',
	'[NOMBRE DEL SHERIFF]': '[SHERIFF NAME]',
	'[NOMBRE DEL COMISIONADO]': '[COMMISSIONER NAME]',
	'[NOMBRE DEL CONCEJAL]': '[COUNCIL MEMBER NAME]',
	'[NOMBRE DEL ALCALDE]': '[MAYOR NAME]',
	'[NOMBRE DEL JEFE DE POLICÍA]': '[POLICE CHIEF NAME]',
	'[NOMBRE DEL LEGISLADOR]': '[LEGISLATOR NAME]',
	'[NOMBRE DEL GOBERNADOR]': '[GOVERNOR NAME]',
	'[NOMBRE DEL CONGRESISTA]': '[MEMBER NAME]',
	'[NÚMERO DE PERSONAS]': '[NUMBER OF PEOPLE]',
	'[FECHAS EN QUE PUEDE]': '[DATES YOU ARE FREE]',
	'[NÚMERO DEL PROYECTO DE LEY]': '[BILL NUMBER]',
	'[LO QUE HACE EL PROYECTO]': '[WHAT THE BILL DOES]',
	'[APOYA O SE OPONE]': '[SUPPORT OR OPPOSE]',
	'[LO QUE HIZO]': '[WHAT THEY DID]',
	'[FIRMAR O VETAR]': '[SIGN OR VETO]',
	'[CARGO Y NOMBRE DEL FUNCIONARIO]': '[OFFICIAL TITLE AND NAME]',
	'[NÚMERO EN EL ESTADO]': '[NUMBER IN STATE]',
	'[NÚMERO RETENIDO EL AÑO PASADO]': '[NUMBER HELD LAST YEAR]',
	'[FECHA DE LA LISTA]': '[LIST DATE]',
	'[FECHA DE LA AUDIENCIA]': '[HEARING DATE]',
	'[NOMBRE DEL COMITÉ]': '[COMMITTEE NAME]',
	'[NOMBRE DE LA PRESIDENCIA DEL COMITÉ]': '[COMMITTEE CHAIR NAME]',
	'[LEY ESTATAL]': '[STATE LAW]',
};

/** The English token a token stands for: itself in English, its English twin in Spanish. */
export function englishToken(token: string): string {
	return spanishTokens[token] ?? token;
}

/** A token as a key part: `[BILL NUMBER]` → `bill-number`. */
const tokenSlug = (token: string) => slugify(token.slice(1, -1));

/** The key a placeholder's value is kept under: the shared key, or one for this script only. */
export function fieldKeyFor(token: string, scriptId: string): string {
	const english = englishToken(token);
	return sharedFields[english]?.key ?? `${scriptId}/${tokenSlug(english)}`;
}

/** The key of the phone number of one kind of official, shared by that role's scripts. */
export const officialPhoneKey = (roleId: string) => `phone/${roleId}`;

/** The key of the email address of one kind of official, shared by that role's scripts. */
export const officialEmailKey = (roleId: string) => `email/${roleId}`;

/** One input on a script page. */
export interface FillInField {
	key: string;
	/** The placeholder it fills, e.g. "[YOUR NAME]"; empty for the official's phone or email. */
	token: string;
	/** What to put there, as the script's author wrote it. */
	label: string;
	/** True when the value names the official. */
	official: boolean;
	/** Input type: long text gets a text box; phone and email get the matching keyboard. */
	type: 'text' | 'long' | 'tel' | 'email';
}

/** Placeholders whose answer is a sentence or two, shown as a text box. */
const longTokens = new Set(['[YOUR STORY]']);

/** The fields a script page shows: one per declared placeholder, in order, duplicates merged. */
export function fieldsForScript(
	scriptId: string,
	placeholders: readonly { token: string; fill: string }[],
): FillInField[] {
	const seen = new Set<string>();
	const fields: FillInField[] = [];
	for (const { token, fill } of placeholders) {
		const key = fieldKeyFor(token, scriptId);
		if (seen.has(key)) continue;
		seen.add(key);
		const english = englishToken(token);
		const type = longTokens.has(english)
			? 'long'
			: english === '[YOUR PHONE]'
				? 'tel'
				: english === '[YOUR EMAIL]'
					? 'email'
					: 'text';
		fields.push({
			key,
			token,
			label: fill,
			official: sharedFields[english]?.official ?? false,
			type,
		});
	}
	return fields;
}

/**
 * Address parameters a link may set to fill a shared field, e.g. `?county=Harris%20County` from an
 * agency's page. The reader's own typing still wins.
 */
const queryFields: Readonly<Record<string, string>> = { county: '[COUNTY]', city: '[CITY]' };

/**
 * Values for the given placeholder tokens from a page address's query (`location.search`), keyed
 * by token: plain text, control characters removed, at most 100 characters. Tokens the query does
 * not fill are left out.
 */
export function defaultsFromQuery(
	search: string,
	tokens: readonly string[],
): Record<string, string> {
	const params = new URLSearchParams(search);
	const values: Record<string, string> = {};
	for (const token of tokens) {
		const param = Object.keys(queryFields).find((p) => queryFields[p] === englishToken(token));
		const value = param
			? (params.get(param) ?? '')
					.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
					.trim()
					.slice(0, 100)
			: '';
		if (value) values[token] = value;
	}
	return values;
}
