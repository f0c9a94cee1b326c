/**
 * Every piece of interface text the handbook's own components show, in one place, so wording
 * stays consistent and a translation has one file to start from. Content text lives in content/.
 */
import type {
	callScriptChannels,
	sourceKinds,
	stateLawKinds,
	stateLawStatuses,
	talkingPointCategories,
} from '../schemas';

export const categoryLabels: Record<(typeof talkingPointCategories)[number], string> = {
	legal: 'The law',
	cost: 'Cost',
	'public-safety': 'Public safety',
	'civil-rights': 'Civil rights',
	trust: 'Community trust',
	voluntary: 'It is voluntary',
};

export const channelLabels: Record<(typeof callScriptChannels)[number], string> = {
	phone: 'Phone call',
	voicemail: 'Voicemail',
	email: 'Email',
	'public-comment': 'Public comment',
	'meeting-request': 'Meeting request',
};

export const sourceKindLabels: Record<(typeof sourceKinds)[number], string> = {
	'court-case': 'Court case',
	report: 'Report',
	law: 'Law or policy',
	bill: 'Bill',
	data: 'Data',
	toolkit: 'Toolkit',
	government: 'Government page',
	news: 'News',
};

/** What each kind of state law does, as a label on state pages. */
export const stateLawKindLabels: Record<(typeof stateLawKinds)[number], string> = {
	'requires-287g': 'Requires 287(g) agreements',
	'requires-detainers': 'Requires jails to honor ICE detainers',
	'bans-sanctuary-policies': 'Bans local limits on cooperation ("sanctuary" policies)',
	'limits-cooperation': 'Limits cooperation with ICE',
	'bans-287g': 'Bans 287(g) agreements',
};

/** Where a state law stands, as state pages say it. */
export const stateLawStatusLabels: Record<(typeof stateLawStatuses)[number], string> = {
	'in-force': 'In force',
	'partly-blocked': 'In force in part: a court has blocked some of it',
	blocked: 'Blocked by a court',
	repealed: 'Repealed: history only',
};

/** Names of the search filters, as the search dialog shows them. */
export const searchFilterNames = { role: 'Official', kind: 'Kind' } as const;

/** Values of the search filter "Kind"; role values are the roles' `label`s. */
export const searchKinds = {
	talkingPoint: 'Talking point',
	script: 'Script',
	ask: 'Ask',
	explainer: 'Explainer',
	guide: 'Guide',
	caseStudy: 'Case study',
	rolePage: 'Role page',
	statePage: 'State page',
	reference: 'Reference',
} as const;

export const ui = {
	roleSections: {
		controls: 'What this official controls',
		influencers: 'Who can push them',
		asks: 'What to ask for',
		say: 'What to say',
		rebuttals: 'If they say…',
		scripts: 'Scripts',
		worked: 'What has worked',
		sources: 'Sources',
	},
	point: {
		say: 'Say it like this',
		objection: 'If they say',
		sources: 'Sources',
		reviewed: 'Last checked',
		suits: 'Use it with',
	},
	share: {
		link: 'Link to this point:',
		copyLink: 'Copy link',
		copyText: 'Copy text',
		share: 'Share',
		copiedLink: 'Link copied.',
		copiedText: 'Text copied.',
		failed: 'Could not copy. Select the link and copy it by hand.',
		sourcesPrefix: 'Source:',
	},
	related: {
		roles: 'Who decides this',
		points: 'Talking points to use',
		asks: 'What to ask for',
		sources: 'Sources',
		alsoCalled: 'Also called:',
		reviewed: 'Last checked:',
	},
	state: {
		title: (name: string) => `${name}: what state law says`,
		description: (name: string) =>
			`What ${name} law says about local police and jails working with ICE, with sources.`,
		laws: 'What state law says',
		noLaws: 'We found no state law here that requires or limits local cooperation with ICE.',
		notReviewed: (name: string) =>
			`We have not yet checked ${name}'s laws against their sources. Until we do, this page lists none. Check with a local immigrant rights group or legal service before you rely on what state law allows.`,
		reviewed: 'Checked against the sources on',
		reviewNoteLabel: 'What we know so far:',
		citation: 'Where it is written:',
		enacted: 'Passed:',
		effective: 'In effect from:',
		takesEffect: 'Takes effect:',
		effectiveNotConfirmed: 'not confirmed: see the note below',
		status: 'Status:',
		sources: 'Sources',
		allStates: 'State laws',
		allStatesDescription:
			'What each state and DC says about local police and jails working with ICE, one page each.',
	},
	home: {
		pickerTitle: 'Who are you contacting?',
	},
	notLegalAdvice:
		'This handbook explains public policy for advocates. It is not legal advice. For help with a case, contact a local immigration legal service.',
	offline: {
		saving: 'Saving the handbook for use with no signal…',
		ready: 'Ready to use with no signal.',
		updated: 'A newer version is saved. Reload to see it.',
	},
	edition: {
		contactsHeading: 'Who to contact here',
		call: 'Call',
		email: 'Email',
		office: 'Office:',
		meetings: 'Public meetings:',
		comment: 'How to speak at a meeting:',
		hotlinesHeading: 'Local help lines',
		lawFirst: 'Start with your state’s law',
		lawLink: 'What the law allows in',
		defaultLabel: 'In this edition:',
		leaveBehindFrom: 'Left with you by',
		checked: 'Contact details checked on',
	},
	print: {
		openPrint: 'Print a two-page leave-behind',
		backToPage: 'Back to the full page',
		heading: 'Leave-behind',
	},
};
