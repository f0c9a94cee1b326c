/**
 * The controlled words of the content model, in a module with no Astro imports so plain Node
 * scripts (the `new-*` starters) can read them too. The schemas build their enums from these.
 */

/** The ways to reach an official; role pages show scripts in this order. */
export const callScriptChannels = [
	'phone',
	'voicemail',
	'email',
	'public-comment',
	'meeting-request',
] as const;

/** The argument families a talking point belongs to; the talking-point index groups by these. */
export const talkingPointCategories = [
	'legal',
	'cost',
	'public-safety',
	'civil-rights',
	'trust',
	'voluntary',
] as const;

/** The kinds of source, used to group and label them. */
export const sourceKinds = [
	'court-case',
	'report',
	'law',
	'bill',
	'data',
	'toolkit',
	'government',
	'news',
] as const;
