/**
 * The one slug function: a name as a lowercase, hyphenated id for anchors, keys and element ids.
 * "St. Landry Parish" → `st-landry-parish`, "Doña Ana County" → `dona-ana-county`,
 * `[BILL NUMBER]` → `bill-number`. Accents are dropped, not turned into dashes, so an anchor reads
 * the same as the name. Pure module: the site, scripts and tests may all import it.
 */
export function slugify(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}
