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
		officialEmail: (role: string) =>
			`Email address of the ${role} (optional, for the email button)`,
		remember: 'Remember on this phone',
		rememberHint:
			'Leave this off on a shared phone: then your details go when you close the browser.',
		forget: 'Forget what I typed',
		forgotten: 'Forgotten. Nothing you typed is kept on this phone.',
		copy: 'Copy the script',
		mail: 'Open in my email app',
		/** A non-breaking space: html-validate wants one in the text of a tel: link. */
		call: 'Call\u00a0now',
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
		empty:
			'Nothing recorded yet. After a call or email, tap how it went at the bottom of the script.',
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
		tasksTitle: 'What can you do today?',
		countyTitle: 'Check your county',
		countyIntro:
			'See what your state allows local police and jails to do for ICE, and what to ask for there.',
		countyLink: 'State laws, state by state',
	},
	tasks: {
		call: {
			title: 'Call now',
			time: 'About 5 minutes',
			summary: 'Pick the official and read the script. A short version is there if they are busy.',
		},
		email: {
			title: 'Email before a meeting or hearing',
			time: 'About 10 minutes',
			summary: 'Fill in your details once, then send the email from your phone.',
		},
		speak: {
			title: 'Speak at a public meeting',
			time: '2 minutes at the microphone',
			summary: 'Words for public comment, a state hearing or a town hall question.',
		},
		meet: {
			title: 'Meet an official',
			time: 'Plan a week ahead',
			summary: 'Ask for a meeting, then bring the meeting kit and a printed leave-behind.',
		},
		'check-county': {
			title: 'Check your county',
			time: 'About 2 minutes',
			summary: 'Find out what your state allows, before you ask for anything.',
		},
		share: {
			title: 'Share one argument',
			time: 'About 1 minute',
			summary: 'Send a friend or an official the link to one talking point.',
		},
		pageIntro: 'Pick the official you are contacting. Each script opens ready to fill in.',
		meetingKit: 'Bring the meeting kit: agenda, roles, debrief form and leave-behind',
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
		groupName: 'From (your group):',
		groupContact: 'Contact us:',
		qrLabel: (role: string) =>
			`QR code: the ${role.toLowerCase()} page of the handbook, with sources`,
		sourcesAt: 'Sources and more:',
	},
	meetingKit: {
		title: 'Meeting kit',
		description:
			'Print and bring to a meeting with an official: an agenda with speaking order, a roles sheet, a debrief form and the leave-behind.',
		open: 'Print the meeting kit: agenda, roles, debrief form and leave-behind',
		backToGuide: 'Back to the guide to organizing a meeting',
		intro:
			'Print this page: each sheet starts on a new page. Fill in the blanks with your team a few days before the meeting.',
		agenda: {
			title: 'Agenda and speaking order',
			official: 'Meeting with:',
			when: 'Date, time and place:',
			goal: 'Our one request:',
			order: 'Order',
			part: 'What happens',
			who: 'Who speaks',
			minutes: 'Minutes',
			steps: [
				['Thank the official, say why we came and how long we need', '2'],
				['Each of us gives our name and where we live', '3'],
				['First story: how ICE cooperation hurt someone here', '3'],
				['Second story, or the facts behind the first', '3'],
				['Listen to the official', '5'],
				['The request: one yes-or-no question, then wait', '2'],
				['Agree on next steps and a second meeting; hand over the leave-behind', '2'],
			] as const,
		},
		roles: {
			title: 'Who does what',
			intro: 'Keep the team to six people or fewer. One person can take two jobs.',
			name: 'Name:',
			list: [
				['Facilitator', 'Opens, keeps time, and sums up what was agreed at the end.'],
				['Storyteller', 'Tells one true story of someone here, with their permission.'],
				['The pin', 'Makes the request, then stays quiet until the official answers.'],
				['Note-taker', 'Writes down what the official says and promises, word for word.'],
				['Follow-up lead', 'Sends the thank-you letter and tracks each promise.'],
			] as const,
		},
		debrief: {
			title: 'Debrief right after the meeting',
			intro: 'Take 15 minutes as a team, before you go home.',
			questions: [
				'How did it go?',
				'What did the official say yes or no to? What did they promise?',
				'Who else came up who could help?',
			] as const,
			task: 'Next task',
			who: 'Who',
			byWhen: 'By when',
		},
		leaveBehind: {
			title: 'Leave-behind',
			intro:
				'Print two pages for the official you meet. Each has the asks, the strongest points, a QR code to the full page, and space for your group’s name and contact.',
			link: (role: string) => `Leave-behind for the ${role.toLowerCase()}`,
		},
	},
};
