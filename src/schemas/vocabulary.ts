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
	'testimony',
	'town-hall',
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

/**
 * What a state law does about local cooperation with ICE. State pages group laws by these, and
 * asks, points and scripts name them in `stateCautions` to say where they need a warning.
 * - `requires-287g`: some local agencies must seek or sign a 287(g) agreement (Texas, Florida).
 * - `requires-detainers`: jails must honor ICE detainers or hold people for ICE.
 * - `bans-sanctuary-policies`: local governments may not adopt policies that limit cooperation.
 * - `limits-cooperation`: the state limits what local police and jails may do for ICE.
 * - `bans-287g`: local agencies may not sign 287(g) agreements.
 * - `model-policy-or-explain`: police and jails must adopt the state's model limits on help to ICE,
 *   or tell the state why not and send their own policies (Nevada, NRS 228.206). It binds no one to
 *   the limits themselves, so it is not `limits-cooperation`.
 */
export const stateLawKinds = [
	'requires-287g',
	'requires-detainers',
	'bans-sanctuary-policies',
	'limits-cooperation',
	'bans-287g',
	'model-policy-or-explain',
] as const;

/** Where a state law stands today. Anything but `in-force` is shown as history or with its limits. */
export const stateLawStatuses = ['in-force', 'partly-blocked', 'blocked', 'repealed'] as const;

/** How much a state caution changes an entry there: it does not apply at all, or it needs care. */
export const stateCautionEffects = ['does-not-apply', 'caution'] as const;

/**
 * What a place did that `/wins/` counts: ended a 287(g) agreement, declined one it was offered or
 * let it expire, limited what 287(g) officers do, or limited detainer holds.
 */
export const winKinds = [
	'ended-287g',
	'declined-287g',
	'limited-287g',
	'limited-detainers',
] as const;

/**
 * Where an official stands on what the reader asked: the action log records it after a call, and a
 * local edition can list officials' public positions with it.
 */
export const officialStances = ['supports', 'opposes', 'undecided', 'no-answer'] as const;

/**
 * How a state's public-records law counts the time an agency has to answer: business days (no
 * weekends; holidays vary by state), calendar days, or no fixed number of days ("promptly",
 * "within a reasonable time").
 */
export const recordsDeadlineKinds = ['business-days', 'calendar-days', 'none'] as const;
