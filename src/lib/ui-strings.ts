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
	testimony: 'Testimony',
	'town-hall': 'Town hall question',
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
	rolePage: {
		/** Link from a compact point to its own page; the point's title follows for screen readers. */
		fullPoint: 'Evidence and sources',
		morePoints: (count: number, role: string) =>
			`${count} more talking ${count === 1 ? 'point' : 'points'} for the ${role.toLowerCase()}`,
		allPoints: (role: string) => `Every talking point for the ${role.toLowerCase()}`,
	},
	fillIn: {
		heading: 'Fill in your details',
		intro:
			'Type once and the script fills in. What you type stays on this phone: it is never sent anywhere.',
		officialPhone: (role: string) => `Phone number of the ${role} (optional, for the call button)`,
		officialEmail: (role: string) => `Email address of the ${role} (optional, for the email button)`,
		remember: 'Remember on this phone',
		rememberHint: 'Leave this off on a shared phone: then your details go when you close the browser.',
		forget: 'Forget what I typed',
		forgotten: 'Forgotten. Nothing you typed is kept on this phone.',
		copy: 'Copy the script',
		mail: 'Open in my email app',
		call: 'Call now',
		copied: 'Script copied. Paste it where you need it.',
		copyFailed: 'Could not copy. Select the script and copy it by hand.',
		tooLongCopied:
			'This script is too long for an email link, so it is copied instead. Open your email app and paste it.',
		subject: 'Subject:',
		noScript: 'With JavaScript on, this page can fill in the script for you.',
	},
	script: {
		heading: 'The script',
		for: 'For:',
	},
	shortVersion: {
		heading: 'Short version',
		intro: 'About 30 seconds, for when the person who answers is busy.',
	},
	actions: {
		heading: 'Record what happened',
		intro: 'One tap keeps a note on this phone. Nothing is sent anywhere.',
		outcomes: {
			'talked-to-staff': 'Talked to staff',
			'left-voicemail': 'Left a voicemail',
			'no-answer': 'No answer',
			'email-sent': 'Email sent',
		},
		recorded: 'Saved on this phone. See it under “What I did”.',
		listLink: 'What I did',
		pageTitle: 'What I did',
		pageDescription:
			'The calls and emails you recorded on this phone, to share with your organizer as text or a spreadsheet.',
		pageIntro:
			'This list lives only on this phone, in this browser. Nothing is sent anywhere. Record a call or email from the bottom of any script page.',
		noScript:
			'This list needs JavaScript, because it is kept in your browser and not on our server. Turn JavaScript on to see it.',
		empty: 'Nothing recorded yet. After a call or email, tap how it went at the bottom of the script.',
		columns: ['When', 'Who', 'Outcome', 'Script'] as const,
		exportText: 'Copy as text',
		downloadCsv: 'Download a spreadsheet (CSV)',
		clearAll: 'Clear the whole list',
		confirmClear: 'Clear every recorded action from this phone?',
		cleared: 'The list is cleared.',
		copiedText: 'Copied. Paste it into a message to your organizer.',
		csvFileName: 'what-i-did.csv',
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
		citation: 'Where it is written:',
		enacted: 'Passed:',
		effective: 'In effect from:',
		takesEffect: 'Takes effect:',
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
	print: {
		openPrint: 'Print a two-page leave-behind',
		backToPage: 'Back to the full page',
		heading: 'Leave-behind',
	},
};
