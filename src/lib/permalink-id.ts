/**
 * Talking points take their id (and URL) from their `permalink` field, not their file name, so a
 * file can be renamed without breaking links. This keeps two files from claiming one permalink.
 */

/**
 * `generateId` for a talking-points loader reading `folder` (`content/talking-points`, or its
 * Spanish twin `content/talking-points/es`): the entry's `permalink`, unique across the folder's files.
 */
export function createPermalinkId(folder: string) {
	/** Which file claimed each permalink first, so a second claim can name both files. */
	const claimedBy = new Map<string, string>();
	return ({ entry, data }: { entry: string; data: Record<string, unknown> }) =>
		permalinkIdIn(folder, claimedBy, entry, data);
}

function permalinkIdIn(
	folder: string,
	claimedBy: Map<string, string>,
	entry: string,
	data: Record<string, unknown>,
): string {
	const permalink = data['permalink'];
	const file = `${folder}/${entry}`;
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
