/**
 * The local edition this build is for, from `EDITION=<name>` and `content/editions/<name>.yaml`
 * (schema: src/schemas/editions.ts). With no `EDITION` the build is the national handbook and
 * `edition` is undefined. A broken file or an unknown name stops the build with a message naming
 * the file, the field and the fix.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { editionSchema, type Edition, type EditionOfficial } from '../schemas/editions';
import { englishToken } from './fill-in-fields';
import { slugify } from './slug';
import { buildDate } from './site';

// The project root: builds and tests run from it (bundled pages cannot use import.meta.url).
const root = `${resolve('.')}/`;
const editionsDir = join(root, 'content', 'editions');

/** Contact details older than this many days make the build warn. */
export const contactsMaxAgeDays = 180;

const idsIn = (dir: string, ext: string) =>
	existsSync(dir)
		? readdirSync(dir)
				.filter((file) => file.endsWith(ext))
				.map((file) => file.slice(0, -ext.length))
				.sort()
		: [];

/** The names of every edition in content/editions/. */
function listEditions(): string[] {
	return idsIn(editionsDir, '.yaml');
}

/** Reads and checks one edition file; throws an Error naming the file, the field and the fix. */
export function loadEditionFile(file: string): Edition {
	const shown = file.startsWith(root) ? file.slice(root.length) : file;
	let raw: unknown;
	try {
		raw = yaml.load(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new Error(
			`${shown}: not valid YAML (${(error as Error).message}). Fix the indentation or quoting.`,
		);
	}
	const result = editionSchema.safeParse(raw ?? {});
	const problems: string[] = result.success
		? []
		: result.error.issues.map(
				(issue) => `${shown}: ${issue.path.join('.') || '(top)'}: ${issue.message}`,
			);
	// Role and state names are checked even when other fields are broken, so one build lists every fix.
	const data = (raw ?? {}) as { officials?: unknown; place?: { state?: unknown } };
	const roles = idsIn(join(root, 'content', 'roles'), '.yaml');
	const states = idsIn(join(root, 'content', 'states'), '.yaml');
	if (data.officials && typeof data.officials === 'object') {
		for (const role of Object.keys(data.officials)) {
			if (!roles.includes(role))
				problems.push(
					`${shown}: officials.${role}: no such role. Use one of: ${roles.join(', ')}.`,
				);
		}
	}
	const state = data.place?.state;
	if (typeof state === 'string' && !states.includes(state))
		problems.push(
			`${shown}: place.state: no state "${state}". Use a file name from content/states/, like "new-york".`,
		);
	if (problems.length > 0) throw new Error(`Edition file is broken:\n${problems.join('\n')}`);
	return result.data!;
}

/** The edition named by `name`; throws with the list of editions when there is no such file. */
export function loadEdition(name: string): Edition {
	const file = resolve(editionsDir, `${name}.yaml`);
	// A name is a file name in content/editions/, never a path: EDITION=../x must not reach outside.
	if (!/^[a-z0-9-]+$/.test(name) || dirname(file) !== editionsDir)
		throw new Error(
			`EDITION=${name}: an edition's name is lowercase letters, digits and hyphens, the name of a file in content/editions/ without ".yaml". Editions: ${listEditions().join(', ') || 'none'}.`,
		);
	if (!existsSync(file))
		throw new Error(
			`EDITION=${name}: there is no content/editions/${name}.yaml. Editions: ${listEditions().join(', ') || 'none'}.`,
		);
	return loadEditionFile(file);
}

/** How many days before `today` the contacts were checked. */
export function contactsAgeDays(edition: Edition, today = buildDate): number {
	return Math.floor((Date.parse(today) - Date.parse(edition.contactsChecked)) / 86_400_000);
}

/** The edition this build is for, or undefined for the national handbook. */
export const edition: Edition | undefined = process.env['EDITION']
	? loadEdition(process.env['EDITION'])
	: undefined;

/** The officials the edition lists for one role (none in the national handbook). */
export function officialsFor(roleId: string): EditionOfficial[] {
	return edition?.officials[roleId] ?? [];
}

/** A URL-friendly form of a county name: "Sample County" → "sample-county" (see `slugify`). */
export const countySlug = slugify;

/**
 * The edition's default values for a script's placeholders, keyed by token (e.g. "[COUNTY]").
 * Script pages put this in `data-edition-defaults` on `.script-body`; fill-in code should use a
 * value the reader typed first, then this default, then the bare token.
 */
export function scriptDefaults(placeholders: readonly { token: string }[]): Record<string, string> {
	const defaults = edition?.defaults ?? {};
	// Editions write English tokens; a Spanish script's `[CONDADO]` takes the default of `[COUNTY]`.
	const defaultFor = (token: string) => defaults[token] ?? defaults[englishToken(token)];
	return Object.fromEntries(
		placeholders.filter((p) => defaultFor(p.token)).map((p) => [p.token, defaultFor(p.token)!]),
	);
}
