/**
 * Talking points take their id (and URL) from their `permalink` field, not their file name, so a
 * file can be renamed without breaking links. This keeps two files from claiming one permalink.
 */

/** Which file claimed each permalink first, so a second claim can name both files. */
const claimedBy = new Map<string, string>();

/** `generateId` for the talking-points loader: the entry's `permalink`, unique across files. */
export function permalinkId({
	entry,
	data,
}: {
	entry: string;
	data: Record<string, unknown>;
}): string {
	const permalink = data['permalink'];
	const file = `content/talking-points/${entry}`;
	if (typeof permalink !== 'string' || permalink === '') {
		return entry.replace(/\.yaml$/, '');
	}
	const owner = claimedBy.get(permalink);
	if (owner !== undefined && owner !== file) {
		throw new Error(
			`${file}: field "permalink" is "${permalink}", which ${owner} already uses. ` +
				'Each talking point needs its own permalink: pick a new one for the newer file.',
		);
	}
	claimedBy.set(permalink, file);
	return permalink;
}
