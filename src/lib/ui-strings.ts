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
	'model-policy-or-explain':
		"Police and jails must adopt the state's model limits on ICE help or say why not",
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
	/** The site's name: Starlight's title, link previews. */
	siteTitle: 'End ICE Cooperation',
	/** Describes the site image (public/og-image.png) that link previews show. */
	linkPreviewImageAlt: 'End ICE Cooperation: what to say, what to ask for, and who decides.',
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
		alsoAsked: 'Also asked as:',
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
	caution: {
		/** The heading of the state-law section on ask, script and talking-point pages. */
		heading: 'Check your state law first',
		/** Before the states where an entry does not apply, e.g. "Not in Florida and Texas." */
		notIn: 'Not in',
		/** Before the states where an entry needs care, e.g. "Take care in Florida and Texas." */
		careIn: 'Take care in',
		and: 'and',
		instead: 'Ask for this there instead:',
		/** Names the ask a script's caution comes from. */
		fromAsk: 'About the ask',
		/** In a list, the number of states where a caution holds, when there are too many to name. */
		stateCount: (count: number) => `${count} states`,
		/** A compact caution's link to the full note on the entry's own page. */
		readMore: 'what state law says',
		/** The same link when the entry is ruled out: the full note lists what to ask instead. */
		readInstead: 'what to ask instead',
		notLegalAdvice:
			'State laws change and courts block some of them. This is not legal advice: check the state page and its sources.',
	},
	stateAsks: {
		heading: (name: string) => `What you can ask for in ${name}`,
		ruledOutHeading: 'What state law rules out here',
		ruledOutIntro: (name: string) =>
			`${name} law rules out these asks. Making them asks an official to break state law. Ask for what works here instead.`,
		notChecked: (name: string) =>
			`We have not checked ${name}'s law yet, so this list shows every ask. Some may not be allowed here: check with a local immigrant rights group before you make them.`,
		rolePage: (title: string) => `Talking points and scripts for: ${title}`,
		careLabel: 'Take care:',
		instead: 'Ask for this instead:',
		askedOf: 'Official:',
	},
	search: {
		/** The search button's visible word; with the shortcut hint it is the button's name. */
		open: 'Search',
		/** The shortcut hint beside it: the Control key's name on most keyboards, then "K". */
		ctrlKey: 'Ctrl',
		/** The search box's label. */
		label: 'Search the handbook',
		placeholder: 'Type a question or a few words',
		cancel: 'Cancel',
		clear: 'Clear the search box',
		filters: 'Narrow the results',
		exactHeading: 'Pages that match your words',
		partialHeading: 'Pages that match most of your words',
		more: 'Show more results',
		none: (query: string) => `No page matches “${query}”. Try fewer or other words.`,
		/** What a screen reader hears when results change. */
		announce: (exact: number, partial: number) =>
			[
				exact === 1 ? '1 page matches your words.' : `${exact} pages match your words.`,
				partial > 0
					? partial === 1
						? '1 more page matches most of them.'
						: `${partial} more pages match most of them.`
					: '',
			]
				.join(' ')
				.trim(),
		devWarning: 'Search works only in the built site: run npm start.',
	},
	home: {
		pickerTitle: 'Who are you contacting?',
		tasksTitle: 'What can you do today?',
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
	ice: {
		asOf: "ICE's list as of",
		icePage: "ICE's 287(g) page",
		source: 'Source:',
		stale:
			"ICE updates its list every week. This copy may be out of date: check ICE's 287(g) page before you say a county has, or does not have, an agreement.",
		sectionTitle: (name: string) => `287(g) agreements in ${name}`,
		sectionId: 'agreements',
		summary: (agreements: string, counties: string, pending: string) =>
			`ICE lists ${agreements} in this state, in ${counties}, and ${pending}.`,
		plural: (n: number, one: string, many: string) =>
			`${n.toLocaleString('en-US')} ${n === 1 ? one : many}`,
		noneInState: (name: string) =>
			`ICE lists no 287(g) agreement and no pending request in ${name}.`,
		whatToAsk: 'What to ask for:',
		askSheriff: 'ask the sheriff to end or refuse it',
		askCounty: 'ask the county commission to say no',
		askCity: 'ask the city council about city police',
		askState: 'ask state lawmakers',
		statewide: 'Agencies across the whole state',
		statewideNote: 'State agencies act in every county of the state.',
		countiesWith: 'Counties with an agreement or a request',
		noCounty: "Agencies with no county on ICE's list",
		noCountyNote:
			"ICE's list names no county for these agencies (mostly city police). Find the city's county to see what else applies there.",
		countiesWithout: "Counties with no agreement on ICE's list",
		countiesWithoutNote: (n: string) =>
			`${n}: no 287(g) agreement and no pending request on ICE's list. Ask the sheriff and the county commission to keep it that way.`,
		signed: 'signed',
		agreementPdf: 'agreement',
		addendumPdf: 'addendum',
		moaPending: 'agreement not yet published',
		pendingLabel: 'Pending request:',
		linkToCounty: (county: string) => `Link to ${county}`,
		pickCounty: (n: number) => `Pick your county (${n.toLocaleString('en-US')}, A to Z)`,
		copied: 'Link copied.',
		copyFailed: 'Could not copy. Press and hold the link to copy it.',
		checkTitle: 'Check your county',
		checkIntro: 'Does your county have a 287(g) agreement? Pick your state, then your county.',
		checkState: 'State',
		checkCounty: 'County',
		checkCount: (n: number) => ` (${n.toLocaleString('en-US')})`,
		checkCountNote: "The number after each state is its count of agreements on ICE's list.",
		nationalLink: 'See the map of 287(g) agreements by county',
		nationalTitle: '287(g) agreements by county',
		nationalDescription:
			"Which counties have a 287(g) agreement with ICE, state by state, from ICE's own list.",
		mapAlt: (agreement: string, pending: string) =>
			`Map of U.S. counties: ${agreement} with a 287(g) agreement, ${pending} with only a pending request. The table below lists them by state.`,
		legendAgreement: 'Agreement signed',
		legendPending: 'Request pending only',
		legendNone: 'None on the list',
	},
	notLegalAdvice:
		'This handbook explains public policy for advocates. It is not legal advice. For help with a case, contact a local immigration legal service.',
	offline: {
		saving: 'Saving the handbook for use with no signal…',
		ready:
			'Ready to use with no signal: the pages for each official, every script, search, and each page you read.',
		updated: 'A newer version is saved. Reload to see it.',
		saveAll: 'Save the whole handbook for offline',
		/** While saving every page: `savingAll(40, 250)`. */
		savingAll: (done: number, total: number) => `Saving pages: ${done} of ${total}…`,
		savedAll: (total: number) => `All ${total} pages are saved for use with no signal.`,
		savedSome: (failed: number) =>
			`${failed} pages could not be saved. Check your connection and try again.`,
		/** The page shown for a page that is not saved on this device, with no signal. */
		notSaved: {
			title: 'This page is not saved on this device',
			body: 'You have no signal, and this page was not saved for offline reading. Connect to read it. To have every page with you, choose "Save the whole handbook for offline" at the bottom of any page.',
			home: 'Go to the home page',
		},
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
		openPrint: 'Print a two-page leave-behind (a flyer to hand over)',
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
