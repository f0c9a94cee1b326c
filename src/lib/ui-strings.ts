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
import { toLang, type Lang } from './i18n.ts';

const categoryLabels: Record<(typeof talkingPointCategories)[number], string> = {
	legal: 'The law',
	cost: 'Cost',
	'public-safety': 'Public safety',
	'civil-rights': 'Civil rights',
	trust: 'Community trust',
	voluntary: 'It is voluntary',
};

const channelLabels: Record<(typeof callScriptChannels)[number], string> = {
	phone: 'Phone call',
	voicemail: 'Voicemail',
	email: 'Email',
	'public-comment': 'Public comment',
	'meeting-request': 'Meeting request',
	testimony: 'Testimony',
	'town-hall': 'Town hall question',
};

const sourceKindLabels: Record<(typeof sourceKinds)[number], string> = {
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
const stateLawKindLabels: Record<(typeof stateLawKinds)[number], string> = {
	'requires-287g': 'Requires 287(g) agreements',
	'requires-detainers': 'Requires jails to honor ICE detainers',
	'bans-sanctuary-policies': 'Bans local limits on cooperation ("sanctuary" policies)',
	'limits-cooperation': 'Limits cooperation with ICE',
	'bans-287g': 'Bans 287(g) agreements',
	'model-policy-or-explain':
		"Police and jails must adopt the state's model limits on ICE help or say why not",
};

/** Where a state law stands, as state pages say it. */
const stateLawStatusLabels: Record<(typeof stateLawStatuses)[number], string> = {
	'in-force': 'In force',
	'partly-blocked': 'In force in part: a court has blocked some of it',
	blocked: 'Blocked by a court',
	repealed: 'Repealed: history only',
};

/** Names of the search filters, as the search dialog shows them. */
const searchFilterNames = { role: 'Official', kind: 'Kind' } as const;

/** Values of the search filter "Kind"; role values are the roles' `label`s. */
const searchKinds = {
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
		forgotten:
			'Forgotten: what you typed, and the officials’ names and what they said in “What I did”. That list still keeps the date, office, result and stance of each call or email; clear it on the “What I did” page.',
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
			'Your log of calls and emails. This list lives only on this phone, in this browser. Nothing is sent anywhere. Record a call or email from the bottom of any script page.',
		noScript:
			'This list needs JavaScript, because it is kept in your browser and not on our server. Turn JavaScript on to see it.',
		empty:
			'Nothing recorded yet. After a call or email, tap how it went at the bottom of the script.',
		columns: ['When', 'Who', 'Outcome', 'Where they stand', 'What they said', 'Script'] as const,
		noteLabel: 'What did they say? (optional, a sentence or two)',
		stanceLegend: 'Where do they stand? (optional)',
		stanceNotAsked: 'Did not say or not asked',
		saveFile: 'Save to a file (for another phone)',
		loadFile: 'Load a saved file',
		fileName: 'what-i-did.json',
		loaded: (added: number, alreadyHere: number) =>
			`Added ${added} ${added === 1 ? 'entry' : 'entries'}${alreadyHere > 0 ? `; ${alreadyHere} ${alreadyHere === 1 ? 'was' : 'were'} already here` : ''}.`,
		notAFile: 'That file is not a list saved from “What I did”. Nothing was changed.',
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
		indexNotReviewed: 'not yet reviewed',
		indexNoLaw: 'no state law found',
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
		summary: (agreements: string, counties: string, pending: string, pendingAsOf?: string) =>
			`ICE lists ${agreements} in this state, in ${counties}, and ${pending}${pendingAsOf ? ` (list of ${pendingAsOf})` : ''}.`,
		plural: (n: number, one: string, many: string) =>
			`${n.toLocaleString('en-US')} ${n === 1 ? one : many}`,
		noneInState: (name: string) =>
			`ICE lists no 287(g) agreement and no pending request in ${name}.`,
		statewide: 'Agencies across the whole state',
		statewideNote: 'State agencies act in every county of the state.',
		countiesWith: 'Counties with an agreement or a request',
		noCounty: "Agencies with no county on ICE's list",
		noCountyNote:
			"ICE's list names no county for these agencies (mostly city police). Find the city's county to see what else applies there.",
		countiesWithout: "Counties with no agreement on ICE's list",
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
		pendingAsOf: "ICE's list of pending requests as of",
		pendingStale:
			"The list of pending requests is more than 30 days old. ICE publishes it less often than the list of agreements: check ICE's 287(g) page for newer requests.",
		noPendingList: 'No list of pending requests has been imported yet.',
		signedUnknown: 'date signed not given',
		/** "Check your county" answering from the lookup file, with no signal too (issue 24). */
		lookupChoose: 'Choose your county',
		lookupAgreements: "ICE's list shows a 287(g) agreement here:",
		lookupPending: "ICE's list shows a request here, not yet signed:",
		lookupStatePage: (state: string) => `${state}: the state's page, county by county`,
		lookupFailed:
			'The county list could not be loaded. Open your state below: its page lists every county.',
	},
	notLegalAdvice:
		'This handbook explains public policy for advocates. It is not legal advice. For help with a case, contact a local immigration legal service.',
	offline: {
		saving: 'Saving the handbook for use with no signal…',
		ready:
			'Ready to use with no signal: the pages for each official, every script and talking point, the meeting kit, the county check, search, and each page you read.',
		updated: 'A newer version is saved. Reload to see it.',
		saveAll: 'Save the whole handbook for offline',
		/** The same button once the worker has said how much it downloads, e.g. `saveAllSize('24 MB')`. */
		saveAllSize: (size: string) => `Save the whole handbook for offline (${size} to download)`,
		/** While saving every page: `savingAll(40, 250)`. */
		savingAll: (done: number, total: number) => `Saving pages: ${done} of ${total}…`,
		savedAll: (total: number) => `All ${total} pages are saved for use with no signal.`,
		savedSome: (failed: number) =>
			`${failed} pages could not be saved. Check your connection and try again.`,
		/** When the first save for use with no signal failed (issue 23). */
		failed:
			'The handbook could not be saved for use with no signal. Check your connection and try again.',
		retry: 'Try saving again',
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
	/** An official's page for one state (`/states/<state>/<role>/`), its leave-behind and links to it. */
	stateRole: {
		/** Page title, e.g. "Sheriff in Texas". */
		title: (role: string, state: string) => `${role} in ${state}`,
		description: (role: string, state: string) =>
			`What to ask the ${role.toLowerCase()} in ${state} under state law, what the law rules out, and the scripts that fit.`,
		intro: (role: string, state: string) =>
			`This page shows only what ${state} law allows you to ask the ${role.toLowerCase()}. What the law rules out is listed apart, with what to ask instead.`,
		lawHeading: (state: string) => `${state} law in short`,
		lawLink: (state: string) => `${state} law in full, with sources`,
		controls: 'What this official controls',
		asks: 'What you can ask for here',
		ruledOut: 'What state law rules out here',
		ruledOutIntro: (state: string) =>
			`${state} law rules out these asks. Making them asks an official to break state law.`,
		scripts: 'Scripts that fit this state',
		scriptsIntro: (state: string) =>
			`Each script opens with ${state} filled in. You add your name and town.`,
		noScripts: (state: string) =>
			`No script fits ${state} law yet. Use the asks above in your own words.`,
		say: 'What to say',
		rebuttals: 'If they say…',
		morePoints: (count: number) =>
			`${count} more talking ${count === 1 ? 'point' : 'points'} on the page for every state`,
		worked: 'What has worked',
		otherOfficials: (state: string) => `Other officials in ${state}`,
		statePage: (state: string) => `Everything about ${state}: law and 287(g) agreements`,
		nationalPage: (role: string) => `The page for every state: ${role}`,
		printLink: (state: string) => `Print a leave-behind for ${state} (a flyer to hand over)`,
		printBack: 'Back to the page for this state',
		/** The leave-behind's QR code label. */
		qrLabel: (role: string, state: string) =>
			`QR code: the handbook page for the ${role.toLowerCase()} in ${state}, with sources`,
		printNote: (state: string) => `Written for ${state} law. Only asks that state law allows.`,
		careLabel: 'Take care:',
		instead: 'Ask for this instead:',
		/** The compact list of states on a national page. */
		pickerSummary: (role: string) => `Your state’s page for the ${role.toLowerCase()}`,
		pickerIntro:
			'State law changes what you can ask for. Each state’s page shows only what is allowed there.',
		printPickerSummary: 'A leave-behind for your state',
		/** The state pages' links to each official's page for the state. */
		officialsHeading: (state: string) => `What to ask each official in ${state}`,
		/** "Remember my state": shown only when the reader asks. */
		remember: (state: string) => `Remember ${state} on this phone`,
		rememberHint:
			'Then pages for every state point you to this state’s version. Nothing is sent anywhere.',
		remembered: (state: string) => `Remembered on this phone: ${state}.`,
		forget: 'Forget my state',
		forgotten: 'Forgotten. No state is kept on this phone.',
		yourVersion: (state: string) => `Your state, ${state}:`,
		/** On a national script, for a reader whose state law rules it out. */
		scriptRuledOut: (state: string) =>
			`${state} law rules out what this script asks, or it is written for other states. Use a script that fits ${state}:`,
		scriptFits: (state: string) => `This script fits ${state} law. ${state} is filled in for you.`,
		scriptNoneFits: (state: string) =>
			`No script fits ${state} law yet. See what you can ask there:`,
		/** The county answer on a state page. */
		countyAsk: (state: string) => `What to ask here under ${state} law:`,
		countyScript: 'Script to use:',
		countyOfficials: 'Pages for:',
		countyCases: 'What happened here:',
		countyNone: "No 287(g) agreement and no pending request on ICE's list.",
		countiesWithoutNote: (n: string) =>
			`${n}: no 287(g) agreement and no pending request on ICE's list. Pick a county to see what to ask there.`,
		/** Before the first ask state law allows the sheriff, on the state page's 287(g) section. */
		firstAsk: (state: string) => `Under ${state} law, ask the sheriff first:`,
		whatToAsk: (state: string) => `What to ask each official in ${state}:`,
	},
};

/** The site's one-line description: Starlight's default `<meta name="description">`. */
const siteDescription =
	'Talking points, call scripts and model asks for getting your sheriff, county, city, state and Congress to end cooperation with ICE.';

/** Labels of the sidebar groups and links (astro.config.mjs). */
const sidebar = {
	startHere: 'Start here',
	home: 'Home',
	contacting: 'Who are you contacting?',
	yourState: 'Your state',
	stateLaws: 'State laws',
	sayAndAsk: 'What to say and ask',
	allPoints: 'All talking points',
	caseStudies: 'Case studies',
	wins: 'Wins by place',
	guides: 'Guides',
	explainers: 'How the policies work',
	reference: 'Reference',
	glossary: 'Glossary',
	sources: 'Sources',
	myActions: 'What I did',
	records: 'Public records requests',
};

/** Said on a page whose entry has no Spanish version yet, above the English text. */
const translation = {
	/** Starlight's notice on untranslated pages; empty in English (never shown). */
	untranslated: '',
};

/** Titles, headings and intros of generated pages. */
const pageText = {
	talkingPoints: {
		title: 'All talking points',
		description:
			'Every argument in the handbook, grouped by category and by official, with the objections each rebuttal answers.',
		intro:
			'Each point has its own page with the evidence, a line to say and its sources. Share the link to one point when you need one argument; rebuttals show the objection they answer.',
		byCategory: 'By category',
		byRole: 'By official',
	},
	sources: {
		title: 'Sources',
		description:
			'The court cases, laws, reports, data and toolkits behind every fact in the handbook.',
		intro:
			'Each fact in the handbook cites one of these. Where we found a source through another toolkit and have not read the original, the entry says so.',
	},
	glossary: {
		title: 'Glossary',
		description:
			'Plain definitions of the words you will meet in ICE cooperation policy, from 287(g) to detainer.',
		learnMore: (term: string) => `Learn more about ${term}`,
	},
	caseStudies: {
		title: 'Case studies',
		description:
			'Places that stopped helping ICE, how they did it, and one county that shows the harm of 287(g).',
		wins: 'Places that changed their policy',
		warnings: 'Warnings',
		whoDecided: 'Who decided',
	},
	ask: {
		whyItMatters: 'Why it matters',
		whoDecides: 'Who decides',
	},
	print: {
		title: (role: string) => `${role}: what we ask and why`,
		whatWeAsk: 'What we ask',
		whyItMatters: 'Why it matters',
		ifYouHear: 'If you hear…',
	},
	placeholders: {
		inScript: 'In the script',
		putIn: 'Put in',
	},
	national: {
		intro: (
			agreements: string,
			agencies: string,
			states: string,
			pending: string,
			pendingAsOf: string,
		) =>
			`ICE lists ${agreements} 287(g) agreements with ${agencies} agencies in ${states} states, and its list of ${pendingAsOf} has ${pending}. Open your state to see each county and what to ask for there.`,
		map: 'Map of counties',
		byModel: 'Agreements by model',
		byState: 'Counties by state',
		changes: 'What changed since the last edition',
		counties: (n: string) => `${n} counties`,
		mapNote:
			"City police and state agencies with no county on ICE's list are not on the map; each state page lists them.",
		model: 'Model',
		agreements: 'Agreements',
		states: 'States',
		allModels: 'All models',
		caption: 'Counties with a 287(g) agreement or a pending request, by state',
		state: 'State',
		pending: 'Pending requests',
		countiesWithAgreement: 'Counties with an agreement',
		countiesPendingOnly: 'Counties with only a pending request',
		changeSummary: (
			from: string,
			fromCount: string,
			to: string,
			toCount: string,
			added: string,
			removed: string,
		) =>
			`From ICE's list of ${from} (${fromCount} agreements) to ${to} (${toCount}): ${added} added, ${removed} removed.`,
		added: (n: string) => `Agreements added (${n})`,
		removed: (n: string) => `Agreements removed (${n})`,
		historyTitle: "What changed on ICE's lists",
		historySummary: (lists: string, from: string, to: string) =>
			`Across ${lists} of ICE's lists, from ${from} to ${to}. An agreement counts as ended only when it is missing from two lists in a row, and an agency ICE renamed keeps its agreement.`,
		addedCount: (n: string) => `Added (${n})`,
		endedCount: (n: string) => `Ended (${n})`,
		modelChangedCount: (n: string) => `Changed model (${n})`,
		firstSeen: (day: string) => `on the list since ${day}`,
		lastSeen: (day: string) => `last on the list of ${day}`,
		modelChange: (from: string, to: string, day: string) => `${from} → ${to}, since ${day}`,
		noCountyName: 'no county',
		noChanges: 'No agreement was added or ended here over these lists.',
		territories: 'Territories',
		territoriesNote:
			"ICE also lists agencies in U.S. territories. They have no state page here, because the handbook's state pages are about state law; they are listed here and in the open data.",
		openData: 'Download the data',
		openDataIntro: (asOf: string, from: string) =>
			`One row per agreement seen on ICE's lists from ${from} to ${asOf}, ended ones included. Made from ICE's own files by the handbook's importer; free to reuse. Check ICE's page before you rely on a row.`,
		openDataAll: 'All agreements',
		openDataStates: 'One file per state',
		openDataColumns: 'Columns',
		columnNotes: {
			state: 'Two-letter postal code (GU Guam, MP Northern Mariana Islands).',
			county:
				'County as ICE names it, spelling fixed where it was wrong; empty when ICE gives none.',
			county_fips: 'Five-digit Census county code; empty when the county is not known.',
			agency: "The agency's name on the newest list that shows it.",
			type: 'County, Municipality or State Agency.',
			model:
				'TFM (Task Force Model), WSO (Warrant Service Officer) or JEM (Jail Enforcement Model).',
			signed: 'Day signed, YYYY-MM-DD, as ICE gives it; empty when ICE gives none.',
			first_seen: 'Date of the first list, of those recorded, that shows it.',
			last_seen: 'Date of the last list that shows it.',
			status:
				'active: on the newest list; missing: absent from the newest list only; ended: absent from the last two lists or more.',
			moa_link: 'The signed agreement on ice.gov, when ICE links it.',
		} as Record<string, string>,
	},
};

/** Feeds, calendars and wins: what a reader can follow without an account (src/lib/follow.ts). */
const follow = {
	feedTitle: 'End ICE Cooperation: what changed',
	feedSubtitle:
		"Changes to ICE's 287(g) list by state, state laws checked or corrected, and new scripts.",
	stateFeedTitle: (state: string) => `${state}: what changed`,
	stateFeedSubtitle: (state: string) =>
		`Changes to ICE's 287(g) list in ${state}, and to what this handbook says about its law.`,
	reviewedTitle: (state: string) => `${state}: state law checked against its sources`,
	correctedTitle: (state: string) => `${state}: state law page updated`,
	iceTitle: (state: string, added: number, ended: number, changed: number) =>
		`${state}: ${[
			added > 0 ? `${added} ${added === 1 ? 'agency' : 'agencies'} added to ICE's 287(g) list` : '',
			ended > 0 ? `${ended} ${ended === 1 ? 'agreement' : 'agreements'} ended` : '',
			changed > 0 ? `${changed} changed model` : '',
		]
			.filter(Boolean)
			.join(', ')}`,
	iceSummary: (added: readonly string[], ended: readonly string[], changed: readonly string[]) =>
		[
			added.length > 0 ? `Added: ${added.join('; ')}.` : '',
			ended.length > 0 ? `Ended (gone from two lists in a row): ${ended.join('; ')}.` : '',
			changed.length > 0 ? `Changed model: ${changed.join('; ')}.` : '',
		]
			.filter(Boolean)
			.join(' '),
	newScriptTitle: (title: string) => `New script: ${title}`,
	calendarName: 'End ICE Cooperation: dates to know',
	stateCalendarName: (state: string) => `${state}: dates to know`,
	effectiveEvent: (state: string, law: string) => `${state}: ${law} takes effect`,
	complianceEvent: (state: string, law: string) => `${state}: deadline to comply with ${law}`,
	citation: 'Where it is written:',
	notLegalAdvice: 'From the End ICE Cooperation handbook. Not legal advice.',
	/** Where an official stands (action log, edition positions). */
	stances: {
		supports: 'Supports',
		opposes: 'Opposes',
		undecided: 'Undecided',
		'no-answer': 'Gave no answer',
	},
	positionsHeading: 'What they have said in public:',
	positionSource: 'source',
	meetingsCalendar: 'Add the meetings to your calendar (.ics)',
	meetingEvent: (body: string) => `Public meeting: ${body}`,
	/** The links on a state page. */
	heading: (state?: string) => (state ? `Follow ${state}` : 'Follow what changes'),
	feedLink: (state: string) => `What changed in ${state} (feed)`,
	calendarLink: (state: string) => `Add ${state}'s dates to your calendar (.ics)`,
	allFeedLink: 'What changed, all states (feed)',
	allCalendarLink: 'All dates to know (.ics)',
	addToCalendar: 'add to calendar',
	complianceBy: 'Deadline to comply:',
	howTo:
		'A feed reader shows new entries as they come; a calendar file adds the dates to your phone. Neither needs an account or sends us anything.',
};

/** `/wins/`: places that ended, declined or limited 287(g) or detainer holds. */
const wins = {
	title: 'Wins: places that stepped back from ICE',
	description:
		'Counties and cities that ended, declined or limited 287(g) or ICE detainer holds, with the date and the source. Filter by state and kind.',
	intro:
		'Each of these places chose to do less for ICE. Use them when an official says it cannot be done. Check your own state law first: some wins are no longer allowed in some states.',
	kinds: {
		'ended-287g': 'Ended a 287(g) agreement',
		'declined-287g': 'Declined or let 287(g) expire',
		'limited-287g': 'Limited what 287(g) officers do',
		'limited-detainers': 'Limited ICE detainer holds',
		'left-ice-list': "Left ICE's 287(g) list",
	},
	leftListNote:
		"ICE's list no longer shows this agreement (gone from two lists in a row). The list does not say why: check local news before you call it a win.",
	leftListSummary: (
		agency: string,
		model: string,
		signed: string | null,
		lastSeen: string,
		endedOn: string,
	) =>
		`${agency}'s ${model} agreement${signed ? `, signed ${signed},` : ''} was last on ICE's list of ${lastSeen} and was gone from it by ${endedOn}.`,
	leftListSource: (endedOn: string) => `ICE's 287(g) lists, as recorded here up to ${endedOn}`,
	filterLabel: 'Show wins by state and kind',
	filterState: 'State',
	filterKind: 'Kind',
	all: 'All',
	/** Filled in the browser: called with the words {shown} and {total}, which the filter replaces. */
	shown: (shown: string, total: string) => `Showing ${shown} of ${total}.`,
	listHeading: 'Places and what they did',
	when: 'When:',
	source: 'Source:',
	readMore: (place: string) => `What happened in ${place}`,
	empty: 'No wins match. Choose another state or kind.',
};

/** Every string table of one language. */
const en = {
	wins,
	follow,
	pageText,
	siteTitle: ui.siteTitle,
	siteDescription,
	sidebar,
	translation,
	categoryLabels,
	channelLabels,
	sourceKindLabels,
	stateLawKindLabels,
	stateLawStatusLabels,
	searchFilterNames,
	searchKinds,
	ui,
	/** Phone-first helpers (issue 25): header language link, print buttons, action-log tools. */
	phone: {
		/** The language's own name, as the header link to it says it. */
		languageName: 'English',
		print: 'Print',
		printHint: 'To print, open your browser’s menu (on a phone: Share), then Print.',
		deleteEntry: 'Delete',
		deleteEntryLabel: (when: string, who: string) => `Delete the entry of ${when}, ${who}`,
		deleted: 'Entry deleted.',
		findNumber: 'How to find the number of the office',
		/** Where the guide says how to find who represents you (and how to reach them). */
		findNumberHref: '/guides/research-your-officials/#find-out-who-represents-you',
		callNeedsNumber: 'Type the office’s phone number above, and “Call now” calls it.',
		jumpTo: 'Jump to a section',
		byLetter: 'Counties by first letter',
		myActionsNote: 'the calls and emails you recorded on this phone, to share with your organizer.',
		/** The last group of search results: reference pages that only mention the words. */
		searchReferenceHeading: 'Also in the glossary and the list of sources',
	},
	/** Public-records requests (issue 26): the state page's section and `/records/`. */
	records: {
		/** The state page's section (id `public-records`). */
		sectionTitle: 'Ask for public records',
		sectionIntro: (state: string) =>
			`The public can ask for the papers of a sheriff, jail or county in ${state}: agreements with ICE, costs, logs. This is the law you cite.`,
		law: 'The law:',
		citation: 'Where it is written:',
		deadline: 'How long they have:',
		noFixedDeadline: 'No fixed number of days.',
		appeal: 'If they say no or do not answer:',
		fees: 'What it may cost:',
		sources: 'Sources:',
		reviewed: 'Checked against the statute on',
		notReviewed: (state: string) =>
			`We have not yet checked ${state}'s public records law against the statute, so this page gives no deadline. The state attorney general's office often publishes a plain guide to the law. You can still write a request: the letter names the law in general words.`,
		writeRequest: 'Write a records request',
		/** `/records/` */
		pageTitle: 'Write a public records request',
		pageDescription:
			'Letters that ask a sheriff, jail or county for its 287(g) agreement, costs, ICE emails and jail logs, filled in on your phone with your state’s law and deadline.',
		pageIntro:
			'Public records show what your sheriff signed with ICE, what it costs and how often the jail helps ICE. Pick the records you want and fill in the blanks. Then send the letter by email or print it.',
		privacy:
			'What you type stays on this phone. Nothing is sent until you send the letter yourself.',
		spanishNote: '',
		noScript:
			'Each letter below has blanks in [CAPITALS]. Copy or print it, and fill in the blanks by hand.',
		formHeading: 'Fill in the letter',
		template: 'Which records?',
		state: 'Your state',
		chooseState: 'Choose a state',
		agency: 'Agency (for example, Harris County Sheriff’s Office)',
		startDate: 'Records from',
		endDate: 'Records up to',
		yourName: 'Your name',
		yourContact: 'Your email or mailing address',
		lawChecked: (law: string, days: string) => `${law}. The agency has ${days} to answer.`,
		lawNoDays: (law: string) => `${law}. The law sets no fixed number of days.`,
		lawNotChecked: (state: string) =>
			`We have not yet checked ${state}'s law. The letter names it in general words and sets no deadline.`,
		stateLawLink: (state: string) => `${state}: public records law`,
		lettersHeading: 'The letters',
		subject: 'Subject:',
		copy: 'Copy the letter',
		mail: 'Open in my email app',
		print: 'Print the letter',
		copied: 'Letter copied. Paste it in an email or a document.',
		copyFailed: 'Could not copy. Select the letter and copy it by hand.',
		tooLongCopied:
			'This letter is too long to put in the email for you, so it is copied. Paste it into the email that opens.',
		/** The tracker. */
		trackerHeading: 'Keep track of requests you sent',
		trackerIntro:
			'Add each request you send. This phone works out when the answer is due and can put a reminder in your calendar. The list stays on this phone only.',
		trackerNoScript: 'The list of requests needs JavaScript. It keeps nothing on a server.',
		sentOn: 'Day you sent it',
		add: 'Add to my list',
		added: 'Added to your list.',
		addNeedsAgency: 'Type the agency’s name and choose a state in the letter form first.',
		listHeading: 'Requests you sent',
		empty: 'No requests on this phone yet.',
		sentLine: (agency: string, state: string, title: string, sent: string) =>
			`${agency} (${state}): ${title}. Sent ${sent}.`,
		dueLine: (due: string, days: string) => `Due ${due}: ${days} after you sent it.`,
		businessDaysNote:
			'Saturdays and Sundays are skipped. Holidays are not, so the agency may have a day or two more.',
		countNote:
			'Counted from the day you sent it. The law may count from the day the agency got it.',
		noDeadlineLine: (day: string) =>
			`The law sets no fixed deadline. Suggestion: follow up on ${day} if you have no answer.`,
		uncheckedLine: (day: string) =>
			`We have not checked this state's deadline. Suggestion: follow up on ${day} if you have no answer.`,
		late: 'No answer yet? The time is up. Send this follow-up letter:',
		appealHeading: (state: string) => `How to appeal in ${state}:`,
		copyFollowUp: 'Copy the follow-up letter',
		reminder: 'Add a reminder to my calendar',
		reminderFile: 'records-request-reminder.ics',
		reminderTitle: (agency: string) => `Records request due: ${agency}`,
		reminderDescription: (title: string, sent: string, law: string) =>
			`${title}. Sent ${sent}. ${law}. No answer? Open the handbook's records page for a follow-up letter.`,
		remove: 'Delete',
		removeLabel: (agency: string, sent: string) => `Delete the request to ${agency} sent ${sent}`,
		removed: 'Request deleted.',
		forget: 'Forget all my requests',
		forgotten: 'Forgotten: the list of requests is gone from this phone.',
		followUp: (p: {
			agency: string;
			sent: string;
			title: string;
			law: string;
			days: string;
			due: string;
			name: string;
		}) =>
			[
				`To the records officer of ${p.agency}:`,
				`On ${p.sent}, I asked for public records under ${p.law}: ${p.title}.`,
				p.days
					? `The law gives you ${p.days} to answer. That time ended on ${p.due}. I have not received the records or a letter that says when they will be ready.`
					: 'I have not received the records or a letter that says when they will be ready.',
				'Please send the records now, or tell me in writing when you will and why they are late. If you are holding back any records, please tell me which ones and the reason the law gives.',
				`Thank you,\n${p.name}`,
			].join('\n\n'),
	},
	/** One page per agency on ICE's 287(g) list (`/agencies/<slug>/`, issue 26). */
	agency: {
		skip: 'Skip to the page',
		home: 'Handbook home',
		title: (agency: string, state: string) => `${agency}, ${state}: 287(g)`,
		description: (agency: string, state: string) =>
			`${agency} (${state}) on ICE's 287(g) list: its agreements, their history, what state law allows and what to ask.`,
		intro: (asOf: string) => `From ICE's list of 287(g) agreements as of ${asOf}.`,
		state: 'State:',
		county: 'County:',
		noCounty: "ICE's list names no county.",
		type: 'Kind of agency:',
		types: {
			County: 'A county agency',
			Municipality: 'A city or town agency',
			'State Agency': 'A state agency',
		} as Record<string, string>,
		oversight: {
			sheriff:
				'The sheriff runs it. Voters elect the sheriff, and the county commission sets the budget.',
			'county-commission': 'The county commission oversees it and sets its budget.',
			'city-council': 'The city council and the mayor oversee it. The police chief runs it.',
			state: 'The governor and the state legislature oversee it.',
		} as Record<string, string>,
		whoOversees: 'Who answers for it:',
		agreementsHeading: 'Its 287(g) agreements',
		models: {
			TFM: 'Task Force: its officers can question and arrest people for ICE on patrol.',
			WSO: 'Warrant Service Officer: its jail officers serve ICE warrants on people already held.',
			JEM: 'Jail Enforcement: its jail officers question people booked in about their status and hold them for ICE.',
		} as Record<string, string>,
		signed: 'Signed:',
		signedUnknown: 'ICE gives no date.',
		firstSeen: 'First on ICE’s list:',
		lastSeen: 'Last on ICE’s list:',
		status: 'Status:',
		statuses: {
			active: 'On ICE’s newest list',
			missing: 'Missing from ICE’s newest list',
			ended: 'Ended: missing from the last two lists',
		} as Record<string, string>,
		agreementPdf: 'The signed agreement (PDF, ice.gov)',
		addendumPdf: 'Addendum (PDF, ice.gov)',
		moaPending: 'ICE has not published the signed agreement yet.',
		historyHeading: 'Its history on ICE’s lists',
		historyIntro: (lists: number, from: string) =>
			`The handbook keeps ${lists} of ICE’s lists, starting ${from}.`,
		historyRow: (model: string, from: string, to: string) => `${model}: from ${from} to ${to}`,
		formerNames: 'ICE has also listed it as:',
		lawHeading: (state: string) => `What ${state} law says`,
		lawLink: (state: string) => `${state} law in full, with sources`,
		notReviewed: (state: string) =>
			`The handbook has not checked ${state} law yet. Read the state page before you ask.`,
		territory:
			'This place is a U.S. territory. The handbook has no page on its law, so it suggests no asks here.',
		asksHeading: 'What to ask for',
		asksIntro: (role: string) => `Ask the ${role.toLowerCase()}:`,
		moreAsks: (role: string, state: string) =>
			`Every ask for the ${role.toLowerCase()} in ${state}`,
		noAsks: (state: string) =>
			`${state} law leaves no ask here. Read the state page for what else you can do.`,
		ruledOutHeading: 'What state law rules out here',
		scriptsHeading: 'Scripts to use',
		scriptsIntro: (county: string | null) =>
			county
				? `Each script opens with the state and ${county} already written in.`
				: 'Each script opens with the state already written in.',
		casesHeading: 'What happened elsewhere',
		recordsHeading: 'Get the records',
		recordsLink: 'Ask for the records',
		recordsIntro:
			'A public-records request can show what the agreement costs and how officers use it.',
		notLegalAdvice: 'This page explains public policy. It is not legal advice.',
		iceSource: "Source: ICE's 287(g) page",
		agenciesLink: (agency: string) => `Page for ${agency}`,
	},
};

/** A string table's shape with every literal widened, so a translation may say other words. */
type Widen<T> = T extends string
	? string
	: T extends (...args: infer A) => infer R
		? (...args: A) => Widen<R>
		: T extends readonly unknown[]
			? { readonly [K in keyof T]: Widen<T[K]> }
			: T extends object
				? { readonly [K in keyof T]: Widen<T[K]> }
				: T;

/** The shape every language's strings must have: TypeScript fails when a key is missing. */
export type Strings = Widen<typeof en>;

/** Counts in Spanish: `plural(2, 'punto', 'puntos')` → "2 puntos". */
const cuenta = (n: number, one: string, many: string) =>
	`${n.toLocaleString('es-US')} ${n === 1 ? one : many}`;

/** Spanish, plain and with "usted", for readers in the United States. */
const es: Strings = {
	wins: {
		title: 'Logros: lugares que se alejaron de ICE',
		description:
			'Condados y ciudades que terminaron, rechazaron o limitaron el 287(g) o las retenciones de ICE, con la fecha y la fuente. Filtre por estado y tipo.',
		intro:
			'Cada uno de estos lugares decidió hacer menos por ICE. Úselos cuando un funcionario le diga que no se puede. Revise primero la ley de su estado: algunos logros ya no están permitidos en algunos estados.',
		kinds: {
			'ended-287g': 'Terminó un acuerdo 287(g)',
			'declined-287g': 'Rechazó el 287(g) o lo dejó vencer',
			'limited-287g': 'Limitó lo que hacen los agentes 287(g)',
			'limited-detainers': 'Limitó las retenciones de ICE',
			'left-ice-list': 'Salió de la lista 287(g) de ICE',
		},
		leftListNote:
			'La lista de ICE ya no muestra este acuerdo (falta en dos listas seguidas). La lista no dice por qué: revise las noticias locales antes de llamarlo un logro.',
		leftListSummary: (agency, model, signed, lastSeen, endedOn) =>
			`El acuerdo ${model} de ${agency}${signed ? `, firmado el ${signed},` : ''} apareció por última vez en la lista de ICE del ${lastSeen} y ya no estaba el ${endedOn}.`,
		leftListSource: (endedOn) => `Listas 287(g) de ICE, registradas aquí hasta el ${endedOn}`,
		filterLabel: 'Mostrar logros por estado y tipo',
		filterState: 'Estado',
		filterKind: 'Tipo',
		all: 'Todos',
		shown: (shown, total) => `Se muestran ${shown} de ${total}.`,
		listHeading: 'Lugares y lo que hicieron',
		when: 'Cuándo:',
		source: 'Fuente:',
		readMore: (place) => `Qué pasó en ${place}`,
		empty: 'Ningún logro coincide. Elija otro estado u otro tipo.',
	},
	follow: {
		feedTitle: 'No más ayuda a ICE: qué cambió',
		feedSubtitle:
			'Cambios en la lista 287(g) de ICE por estado, leyes estatales revisadas o corregidas, y guiones nuevos.',
		stateFeedTitle: (state) => `${state}: qué cambió`,
		stateFeedSubtitle: (state) =>
			`Cambios en la lista 287(g) de ICE en ${state} y en lo que este manual dice sobre su ley.`,
		reviewedTitle: (state) => `${state}: ley estatal revisada con sus fuentes`,
		correctedTitle: (state) => `${state}: página de ley estatal actualizada`,
		iceTitle: (state, added, ended, changed) =>
			`${state}: ${[
				added > 0
					? `${cuenta(added, 'agencia añadida', 'agencias añadidas')} a la lista 287(g) de ICE`
					: '',
				ended > 0 ? cuenta(ended, 'acuerdo terminado', 'acuerdos terminados') : '',
				changed > 0 ? cuenta(changed, 'cambio de modelo', 'cambios de modelo') : '',
			]
				.filter(Boolean)
				.join(', ')}`,
		iceSummary: (added, ended, changed) =>
			[
				added.length > 0 ? `Añadidas: ${added.join('; ')}.` : '',
				ended.length > 0
					? `Terminados (ausentes de dos listas seguidas): ${ended.join('; ')}.`
					: '',
				changed.length > 0 ? `Cambiaron de modelo: ${changed.join('; ')}.` : '',
			]
				.filter(Boolean)
				.join(' '),
		newScriptTitle: (title) => `Guion nuevo: ${title}`,
		calendarName: 'No más ayuda a ICE: fechas importantes',
		stateCalendarName: (state) => `${state}: fechas importantes`,
		effectiveEvent: (state, law) => `${state}: entra en vigor ${law}`,
		complianceEvent: (state, law) => `${state}: fecha límite para cumplir ${law}`,
		citation: 'Dónde está escrita:',
		notLegalAdvice: 'Del manual No más ayuda a ICE. No es asesoría legal.',
		stances: {
			supports: 'A favor',
			opposes: 'En contra',
			undecided: 'Indeciso',
			'no-answer': 'No respondió',
		},
		positionsHeading: 'Lo que ha dicho en público:',
		positionSource: 'fuente',
		meetingsCalendar: 'Añada las reuniones a su calendario (.ics)',
		meetingEvent: (body) => `Reunión pública: ${body}`,
		heading: (state) => (state ? `Siga a ${state}` : 'Siga los cambios'),
		feedLink: (state) => `Qué cambió en ${state} (canal de noticias)`,
		calendarLink: (state) => `Añada las fechas de ${state} a su calendario (.ics)`,
		allFeedLink: 'Qué cambió, todos los estados (canal de noticias)',
		allCalendarLink: 'Todas las fechas importantes (.ics)',
		addToCalendar: 'añadir al calendario',
		complianceBy: 'Fecha límite para cumplir:',
		howTo:
			'Un lector de canales muestra lo nuevo cuando llega; un archivo de calendario añade las fechas a su teléfono. Ninguno pide una cuenta ni nos envía nada.',
	},
	pageText: {
		talkingPoints: {
			title: 'Todos los argumentos clave',
			description:
				'Todos los argumentos del manual, por tema y por funcionario, con las objeciones que responde cada respuesta.',
			intro:
				'Cada argumento tiene su propia página con las pruebas, una frase para decir y sus fuentes. Comparta el enlace a un argumento cuando necesite solo uno; las respuestas muestran la objeción que contestan.',
			byCategory: 'Por tema',
			byRole: 'Por funcionario',
		},
		sources: {
			title: 'Fuentes',
			description:
				'Los casos judiciales, las leyes, los informes, los datos y las guías detrás de cada dato del manual.',
			intro:
				'Cada dato del manual cita una de estas fuentes. Casi todas están en inglés. Si encontramos una fuente en otra guía y no leímos el original, lo decimos.',
		},
		glossary: {
			title: 'Glosario',
			description:
				'Definiciones sencillas de las palabras que va a encontrar sobre la cooperación con ICE, desde 287(g) hasta solicitud de retención migratoria (detainer).',
			learnMore: (term: string) => `Más sobre: ${term}`,
		},
		caseStudies: {
			title: 'Casos de estudio',
			description:
				'Lugares que dejaron de ayudar a ICE, cómo lo lograron, y un condado que muestra el daño del 287(g).',
			wins: 'Lugares que cambiaron su política',
			warnings: 'Advertencias',
			whoDecided: 'Quién decidió',
		},
		ask: {
			whyItMatters: 'Por qué importa',
			whoDecides: 'Quién decide',
		},
		print: {
			title: (role: string) => `${role}: qué pedimos y por qué`,
			whatWeAsk: 'Qué pedimos',
			whyItMatters: 'Por qué importa',
			ifYouHear: 'Si le dicen…',
		},
		placeholders: {
			inScript: 'En el guion',
			putIn: 'Escriba',
		},
		national: {
			intro: (
				agreements: string,
				agencies: string,
				states: string,
				pending: string,
				pendingAsOf: string,
			) =>
				`ICE muestra ${agreements} acuerdos 287(g) con ${agencies} agencias en ${states} estados, y su lista del ${pendingAsOf} tiene ${pending}. Abra su estado para ver cada condado y qué pedir allí.`,
			map: 'Mapa de los condados',
			byModel: 'Acuerdos por modelo',
			byState: 'Condados por estado',
			changes: 'Qué cambió desde la edición anterior',
			counties: (n: string) => `${n} condados`,
			mapNote:
				'La policía de las ciudades y las agencias del estado sin condado en la lista de ICE no están en el mapa; cada página de estado las muestra.',
			model: 'Modelo',
			agreements: 'Acuerdos',
			states: 'Estados',
			allModels: 'Todos los modelos',
			caption: 'Condados con un acuerdo 287(g) o una solicitud pendiente, por estado',
			state: 'Estado',
			pending: 'Solicitudes pendientes',
			countiesWithAgreement: 'Condados con un acuerdo',
			countiesPendingOnly: 'Condados solo con una solicitud pendiente',
			changeSummary: (
				from: string,
				fromCount: string,
				to: string,
				toCount: string,
				added: string,
				removed: string,
			) =>
				`De la lista de ICE del ${from} (${fromCount} acuerdos) a la del ${to} (${toCount}): ${added} nuevos, ${removed} quitados.`,
			added: (n: string) => `Acuerdos nuevos (${n})`,
			removed: (n: string) => `Acuerdos quitados (${n})`,
			historyTitle: 'Qué cambió en las listas de ICE',
			historySummary: (lists: string, from: string, to: string) =>
				`En ${lists} listas de ICE, del ${from} al ${to}. Un acuerdo cuenta como terminado solo cuando falta en dos listas seguidas, y una agencia a la que ICE le cambió el nombre conserva su acuerdo.`,
			addedCount: (n: string) => `Nuevos (${n})`,
			endedCount: (n: string) => `Terminados (${n})`,
			modelChangedCount: (n: string) => `Cambiaron de modelo (${n})`,
			firstSeen: (day: string) => `en la lista desde el ${day}`,
			lastSeen: (day: string) => `visto por última vez en la lista del ${day}`,
			modelChange: (from: string, to: string, day: string) => `${from} → ${to}, desde el ${day}`,
			noCountyName: 'sin condado',
			noChanges: 'Aquí no se sumó ni terminó ningún acuerdo en estas listas.',
			territories: 'Territorios',
			territoriesNote:
				'ICE también muestra agencias en territorios de EE. UU. No tienen página de estado aquí, porque las páginas de estado del manual tratan de la ley de cada estado; aparecen aquí y en los datos abiertos.',
			openData: 'Descargar los datos',
			openDataIntro: (asOf: string, from: string) =>
				`Una fila por cada acuerdo que apareció en las listas de ICE del ${from} al ${asOf}, también los terminados. Hechos con los propios archivos de ICE por el importador del manual; puede usarlos libremente. Revise la página de ICE antes de confiar en una fila.`,
			openDataAll: 'Todos los acuerdos',
			openDataStates: 'Un archivo por estado',
			openDataColumns: 'Columnas',
			columnNotes: {
				state: 'Código postal de dos letras (GU Guam, MP Islas Marianas del Norte).',
				county:
					'Condado como lo nombra ICE, con la ortografía corregida donde estaba mal; vacío cuando ICE no da ninguno.',
				county_fips:
					'Código de condado del Censo, de cinco cifras; vacío cuando no se sabe el condado.',
				agency: 'El nombre de la agencia en la lista más nueva que la muestra.',
				type: 'County (condado), Municipality (municipio) o State Agency (agencia del estado).',
				model:
					'TFM (grupo de trabajo), WSO (oficial de órdenes de arresto) o JEM (modelo de la cárcel).',
				signed: 'Día de la firma, AAAA-MM-DD, como lo da ICE; vacío cuando ICE no da ninguno.',
				first_seen: 'Fecha de la primera lista, de las registradas, que lo muestra.',
				last_seen: 'Fecha de la última lista que lo muestra.',
				status:
					'active: en la lista más nueva; missing: falta solo en la lista más nueva; ended: falta en las dos últimas listas o más.',
				moa_link: 'El acuerdo firmado en ice.gov, cuando ICE lo enlaza.',
			} as Record<string, string>,
		},
	},
	siteTitle: 'No más ayuda a ICE',
	siteDescription:
		'Argumentos clave, guiones de llamada y peticiones modelo para que su sheriff, su condado, su ciudad, su estado y el Congreso dejen de cooperar con ICE.',
	sidebar: {
		startHere: 'Empiece aquí',
		home: 'Inicio',
		contacting: '¿A quién va a contactar?',
		yourState: 'Su estado',
		stateLaws: 'Leyes estatales',
		sayAndAsk: 'Qué decir y qué pedir',
		allPoints: 'Todos los argumentos clave',
		caseStudies: 'Casos de estudio',
		wins: 'Logros por lugar',
		guides: 'Guías',
		explainers: 'Cómo funcionan las políticas',
		reference: 'Referencia',
		glossary: 'Glosario',
		sources: 'Fuentes',
		myActions: 'Lo que hice',
		records: 'Solicitudes de registros públicos',
	},
	translation: {
		untranslated: 'Esta página todavía no está en español. Abajo está el texto en inglés.',
	},
	categoryLabels: {
		legal: 'La ley',
		cost: 'El costo',
		'public-safety': 'La seguridad pública',
		'civil-rights': 'Los derechos civiles',
		trust: 'La confianza de la comunidad',
		voluntary: 'Es voluntario',
	},
	channelLabels: {
		phone: 'Llamada',
		voicemail: 'Mensaje de voz',
		email: 'Correo electrónico',
		'public-comment': 'Comentario público',
		'meeting-request': 'Pedir una reunión',
		testimony: 'Testimonio',
		'town-hall': 'Pregunta en una asamblea',
	},
	sourceKindLabels: {
		'court-case': 'Caso judicial',
		report: 'Informe',
		law: 'Ley o política',
		bill: 'Proyecto de ley',
		data: 'Datos',
		toolkit: 'Guía de recursos',
		government: 'Página del gobierno',
		news: 'Noticia',
	},
	stateLawKindLabels: {
		'requires-287g': 'Exige acuerdos 287(g)',
		'requires-detainers':
			'Exige que las cárceles cumplan las solicitudes de retención migratoria (detainers) de ICE',
		'bans-sanctuary-policies':
			'Prohíbe que las ciudades y condados limiten la cooperación (políticas "santuario")',
		'limits-cooperation': 'Limita la cooperación con ICE',
		'bans-287g': 'Prohíbe los acuerdos 287(g)',
		'model-policy-or-explain':
			'La policía y las cárceles deben adoptar los límites modelo del estado sobre la ayuda a ICE, o explicar por qué no',
	},
	stateLawStatusLabels: {
		'in-force': 'Vigente',
		'partly-blocked': 'Vigente en parte: un tribunal bloqueó una parte',
		blocked: 'Bloqueada por un tribunal',
		repealed: 'Derogada: solo como historia',
	},
	searchFilterNames: { role: 'Funcionario', kind: 'Tipo' },
	searchKinds: {
		talkingPoint: 'Argumento clave',
		script: 'Guion',
		ask: 'Petición',
		explainer: 'Explicación',
		guide: 'Guía',
		caseStudy: 'Caso de estudio',
		rolePage: 'Página de un funcionario',
		statePage: 'Página de un estado',
		reference: 'Referencia',
	},
	ui: {
		siteTitle: 'No más ayuda a ICE',
		linkPreviewImageAlt: 'No más ayuda a ICE: qué decir, qué pedir y quién decide.',
		roleSections: {
			controls: 'Qué controla este funcionario',
			influencers: 'Quién puede presionarlo',
			asks: 'Qué pedir',
			say: 'Qué decir',
			rebuttals: 'Si le dicen…',
			scripts: 'Guiones',
			worked: 'Qué ha funcionado',
			sources: 'Fuentes',
		},
		rolePage: {
			fullPoint: 'Pruebas y fuentes',
			morePoints: (count: number, role: string) =>
				`${count} ${count === 1 ? 'argumento clave más' : 'argumentos clave más'} para: ${role}`,
			allPoints: (role: string) => `Todos los argumentos clave para: ${role}`,
		},
		fillIn: {
			heading: 'Escriba sus datos',
			intro:
				'Escriba una vez y el guion se completa solo. Lo que escribe se queda en este teléfono: no se envía a ningún lado.',
			officialPhone: (role: string) => `Teléfono de: ${role} (opcional, para el botón de llamar)`,
			officialEmail: (role: string) =>
				`Correo electrónico de: ${role} (opcional, para el botón de correo)`,
			remember: 'Recordar en este teléfono',
			rememberHint:
				'No marque esto en un teléfono compartido: así sus datos se borran al cerrar el navegador.',
			forget: 'Borrar lo que escribí',
			forgotten:
				'Borrado: lo que escribió, y los nombres de los funcionarios y lo que dijeron en “Lo que hice”. Esa lista guarda la fecha, la oficina, el resultado y la postura de cada llamada o correo; bórrela en la página “Lo que hice”.',
			copy: 'Copiar el guion',
			mail: 'Abrir en mi correo',
			call: 'Llamar\u00a0ahora',
			copied: 'Guion copiado. Péguelo donde lo necesite.',
			copyFailed: 'No se pudo copiar. Seleccione el guion y cópielo a mano.',
			tooLongCopied:
				'Este guion es muy largo para un enlace de correo, así que lo copiamos. Abra su correo y péguelo.',
			subject: 'Asunto:',
			noScript: 'Si activa JavaScript, esta página puede completar el guion por usted.',
		},
		script: {
			heading: 'El guion',
			for: 'Para:',
		},
		shortVersion: {
			heading: 'Versión corta',
			intro: 'Unos 30 segundos, para cuando la persona que contesta está ocupada.',
		},
		actions: {
			heading: 'Anote lo que pasó',
			intro: 'Con un toque se guarda una nota en este teléfono. No se envía nada.',
			outcomes: {
				'talked-to-staff': 'Hablé con el personal',
				'left-voicemail': 'Dejé un mensaje de voz',
				'no-answer': 'Nadie contestó',
				'email-sent': 'Envié el correo',
			},
			recorded: 'Guardado en este teléfono. Véalo en “Lo que hice”.',
			listLink: 'Lo que hice',
			pageTitle: 'Lo que hice',
			pageDescription:
				'Las llamadas y los correos que anotó en este teléfono, para compartirlos con su organizador como texto o como hoja de cálculo.',
			pageIntro:
				'Su registro de llamadas y correos. Esta lista vive solo en este teléfono, en este navegador. No se envía nada. Anote una llamada o un correo al final de cualquier guion.',
			noScript:
				'Esta lista necesita JavaScript, porque se guarda en su navegador y no en nuestro servidor. Active JavaScript para verla.',
			empty:
				'Todavía no hay nada anotado. Después de una llamada o un correo, toque cómo le fue al final del guion.',
			columns: ['Cuándo', 'A quién', 'Resultado', 'Su postura', 'Lo que dijo', 'Guion'],
			noteLabel: '¿Qué le dijo? (opcional, una o dos frases)',
			stanceLegend: '¿Cuál es su postura? (opcional)',
			stanceNotAsked: 'No lo dijo o no se preguntó',
			saveFile: 'Guardar en un archivo (para otro teléfono)',
			loadFile: 'Cargar un archivo guardado',
			fileName: 'lo-que-hice.json',
			loaded: (added, alreadyHere) =>
				`Se añadieron ${added === 1 ? '1 entrada' : `${added} entradas`}${alreadyHere > 0 ? `; ${alreadyHere === 1 ? '1 ya estaba' : `${alreadyHere} ya estaban`} aquí` : ''}.`,
			notAFile: 'Ese archivo no es una lista guardada desde “Lo que hice”. No se cambió nada.',
			exportText: 'Copiar como texto',
			downloadCsv: 'Descargar una hoja de cálculo (CSV)',
			clearAll: 'Borrar toda la lista',
			confirmClear: '¿Borrar todas las acciones anotadas en este teléfono?',
			cleared: 'La lista está vacía.',
			copiedText: 'Copiado. Péguelo en un mensaje para su organizador.',
			csvFileName: 'lo-que-hice.csv',
		},
		point: {
			say: 'Dígalo así',
			objection: 'Si le dicen',
			sources: 'Fuentes',
			reviewed: 'Revisado por última vez',
			suits: 'Úselo con',
		},
		share: {
			link: 'Enlace a este argumento:',
			copyLink: 'Copiar el enlace',
			copyText: 'Copiar el texto',
			share: 'Compartir',
			copiedLink: 'Enlace copiado.',
			copiedText: 'Texto copiado.',
			failed: 'No se pudo copiar. Seleccione el enlace y cópielo a mano.',
			sourcesPrefix: 'Fuente:',
		},
		related: {
			roles: 'Quién decide esto',
			points: 'Argumentos clave que puede usar',
			asks: 'Qué pedir',
			sources: 'Fuentes',
			alsoCalled: 'También se llama:',
			alsoAsked: 'También se pide como:',
			reviewed: 'Revisado por última vez:',
		},
		state: {
			title: (name: string) => `${name}: qué dice la ley estatal`,
			description: (name: string) =>
				`Qué dice la ley de ${name} sobre la cooperación de la policía y las cárceles locales con ICE, con fuentes.`,
			laws: 'Qué dice la ley estatal',
			noLaws:
				'No encontramos aquí ninguna ley estatal que exija o limite la cooperación local con ICE.',
			notReviewed: (name: string) =>
				`Todavía no revisamos las leyes de ${name} con sus fuentes. Hasta entonces, esta página no muestra ninguna. Consulte con un grupo local de derechos de los inmigrantes o un servicio legal antes de confiar en lo que permite la ley estatal.`,
			reviewed: 'Revisado con las fuentes el',
			reviewNoteLabel: 'Lo que sabemos hasta ahora:',
			indexNotReviewed: 'todavía sin revisar',
			indexNoLaw: 'no encontramos ninguna ley estatal',
			citation: 'Dónde está escrita:',
			enacted: 'Aprobada:',
			effective: 'Vigente desde:',
			takesEffect: 'Entra en vigor:',
			effectiveNotConfirmed: 'sin confirmar: vea la nota de abajo',
			status: 'Estado:',
			sources: 'Fuentes',
			allStates: 'Leyes estatales',
			allStatesDescription:
				'Qué dice cada estado y DC sobre la cooperación de la policía y las cárceles locales con ICE, una página para cada uno.',
		},
		caution: {
			heading: 'Primero revise la ley de su estado',
			notIn: 'No en',
			careIn: 'Cuidado en',
			and: 'y',
			instead: 'Allí, pida esto en su lugar:',
			fromAsk: 'Sobre la petición',
			stateCount: (count: number) => `${count} estados`,
			readMore: 'qué dice la ley estatal',
			readInstead: 'qué pedir en su lugar',
			notLegalAdvice:
				'Las leyes estatales cambian y los tribunales bloquean algunas. Esto no es asesoría legal: revise la página del estado y sus fuentes.',
		},
		stateAsks: {
			heading: (name: string) => `Qué puede pedir en ${name}`,
			ruledOutHeading: 'Lo que la ley estatal no permite aquí',
			ruledOutIntro: (name: string) =>
				`La ley de ${name} no permite estas peticiones. Hacerlas es pedirle a un funcionario que viole la ley estatal. Pida en su lugar lo que sí funciona aquí.`,
			notChecked: (name: string) =>
				`Todavía no revisamos la ley de ${name}, así que esta lista muestra todas las peticiones. Es posible que algunas no se permitan aquí: consulte con un grupo local de derechos de los inmigrantes antes de hacerlas.`,
			rolePage: (title: string) => `Argumentos clave y guiones para: ${title}`,
			careLabel: 'Cuidado:',
			instead: 'Pida esto en su lugar:',
			askedOf: 'Funcionario:',
		},
		search: {
			open: 'Buscar',
			ctrlKey: 'Ctrl',
			label: 'Buscar en el manual',
			placeholder: 'Escriba una pregunta o unas palabras',
			cancel: 'Cancelar',
			clear: 'Borrar la búsqueda',
			filters: 'Filtrar los resultados',
			exactHeading: 'Páginas con sus palabras',
			partialHeading: 'Páginas con la mayoría de sus palabras',
			more: 'Ver más resultados',
			none: (query: string) =>
				`Ninguna página tiene “${query}”. Pruebe con menos palabras o con otras.`,
			announce: (exact: number, partial: number) =>
				[
					exact === 1 ? '1 página tiene sus palabras.' : `${exact} páginas tienen sus palabras.`,
					partial > 0
						? partial === 1
							? '1 página más tiene la mayoría.'
							: `${partial} páginas más tienen la mayoría.`
						: '',
				]
					.join(' ')
					.trim(),
			devWarning: 'La búsqueda solo funciona en el sitio compilado: ejecute npm start.',
		},
		home: {
			pickerTitle: '¿A quién va a contactar?',
			tasksTitle: '¿Qué puede hacer hoy?',
		},
		tasks: {
			call: {
				title: 'Llame ahora',
				time: 'Unos 5 minutos',
				summary:
					'Elija al funcionario y lea el guion. Hay una versión corta por si están ocupados.',
			},
			email: {
				title: 'Escriba antes de una reunión o audiencia',
				time: 'Unos 10 minutos',
				summary: 'Escriba sus datos una vez y envíe el correo desde su teléfono.',
			},
			speak: {
				title: 'Hable en una reunión pública',
				time: '2 minutos en el micrófono',
				summary:
					'Palabras para el comentario público, una audiencia estatal o una pregunta en una asamblea.',
			},
			meet: {
				title: 'Reúnase con un funcionario',
				time: 'Planee con una semana de anticipación',
				summary: 'Pida una reunión y lleve el kit para reuniones y una hoja impresa para dejar.',
			},
			'check-county': {
				title: 'Revise su condado',
				time: 'Unos 2 minutos',
				summary: 'Vea qué permite su estado antes de pedir algo.',
			},
			share: {
				title: 'Comparta un argumento',
				time: 'Más o menos 1 minuto',
				summary: 'Envíe a un amigo o a un funcionario el enlace a un argumento clave.',
			},
			pageIntro:
				'Elija al funcionario que va a contactar. Cada guion se abre listo para completar.',
			meetingKit:
				'Lleve el kit para reuniones: agenda, tareas, hoja de evaluación y hoja para dejar',
		},
		ice: {
			asOf: 'Lista de ICE al',
			icePage: 'la página de 287(g) de ICE',
			source: 'Fuente:',
			stale:
				'ICE actualiza su lista cada semana. Esta copia puede estar vieja: revise la página de 287(g) de ICE antes de decir que un condado tiene o no tiene un acuerdo.',
			sectionTitle: (name: string) => `Acuerdos 287(g) en ${name}`,
			sectionId: 'agreements',
			summary: (agreements: string, counties: string, pending: string, pendingAsOf?: string) =>
				`ICE muestra ${agreements} en este estado, en ${counties}, y ${pending}${pendingAsOf ? ` (lista del ${pendingAsOf})` : ''}.`,
			plural: cuenta,
			noneInState: (name: string) =>
				`ICE no muestra ningún acuerdo 287(g) ni ninguna solicitud pendiente en ${name}.`,
			statewide: 'Agencias de todo el estado',
			statewideNote: 'Las agencias del estado actúan en todos los condados del estado.',
			countiesWith: 'Condados con un acuerdo o una solicitud',
			noCounty: 'Agencias sin condado en la lista de ICE',
			noCountyNote:
				'La lista de ICE no da un condado para estas agencias (casi todas son policías de ciudades). Busque el condado de la ciudad para ver qué más aplica allí.',
			countiesWithout: 'Condados sin acuerdo en la lista de ICE',
			signed: 'firmado',
			agreementPdf: 'acuerdo',
			addendumPdf: 'anexo',
			moaPending: 'acuerdo todavía no publicado',
			pendingLabel: 'Solicitud pendiente:',
			linkToCounty: (county: string) => `Enlace a ${county}`,
			pickCounty: (n: number) => `Elija su condado (${n.toLocaleString('es-US')}, de la A a la Z)`,
			copied: 'Enlace copiado.',
			copyFailed: 'No se pudo copiar. Mantenga presionado el enlace para copiarlo.',
			checkTitle: 'Revise su condado',
			checkIntro: '¿Tiene su condado un acuerdo 287(g)? Elija su estado y luego su condado.',
			checkState: 'Estado',
			checkCounty: 'Condado',
			checkCount: (n: number) => ` (${n.toLocaleString('es-US')})`,
			checkCountNote:
				'El número después de cada estado es su cantidad de acuerdos en la lista de ICE.',
			nationalLink: 'Vea el mapa de los acuerdos 287(g) por condado',
			nationalTitle: 'Acuerdos 287(g) por condado',
			nationalDescription:
				'Qué condados tienen un acuerdo 287(g) con ICE, estado por estado, según la propia lista de ICE.',
			mapAlt: (agreement: string, pending: string) =>
				`Mapa de los condados de EE. UU.: ${agreement} con un acuerdo 287(g), ${pending} solo con una solicitud pendiente. La tabla de abajo los muestra por estado.`,
			legendAgreement: 'Acuerdo firmado',
			legendPending: 'Solo solicitud pendiente',
			legendNone: 'Nada en la lista',
			pendingAsOf: 'Lista de ICE de solicitudes pendientes al',
			pendingStale:
				'La lista de solicitudes pendientes tiene más de 30 días. ICE la publica con menos frecuencia que la lista de acuerdos: revise la página de 287(g) de ICE para ver solicitudes más nuevas.',
			noPendingList: 'Todavía no se ha importado una lista de solicitudes pendientes.',
			signedUnknown: 'sin fecha de firma',
			lookupChoose: 'Elija su condado',
			lookupAgreements: 'La lista de ICE muestra un acuerdo 287(g) aquí:',
			lookupPending: 'La lista de ICE muestra una solicitud aquí, todavía sin firmar:',
			lookupStatePage: (state: string) => `${state}: la página del estado, condado por condado`,
			lookupFailed:
				'No se pudo cargar la lista de condados. Abra su estado abajo: su página tiene cada condado.',
		},
		notLegalAdvice:
			'Este manual explica políticas públicas para quienes abogan por ellas. No es asesoría legal. Si necesita ayuda con un caso, busque un servicio legal de inmigración en su zona.',
		offline: {
			saving: 'Guardando el manual para usarlo sin señal…',
			ready:
				'Listo para usar sin señal: las páginas de cada funcionario, todos los guiones y argumentos, el kit para reuniones, la consulta por condado, la búsqueda y cada página que lea.',
			updated: 'Hay una versión más nueva guardada. Vuelva a cargar la página para verla.',
			saveAll: 'Guardar todo el manual para usarlo sin conexión',
			saveAllSize: (size: string) =>
				`Guardar todo el manual para usarlo sin conexión (${size} de descarga)`,
			savingAll: (done: number, total: number) => `Guardando páginas: ${done} de ${total}…`,
			savedAll: (total: number) => `Las ${total} páginas están guardadas para usarlas sin señal.`,
			savedSome: (failed: number) =>
				`No se pudieron guardar ${failed} páginas. Revise su conexión e intente de nuevo.`,
			failed:
				'No se pudo guardar el manual para usarlo sin señal. Revise su conexión e intente de nuevo.',
			retry: 'Intentar guardar de nuevo',
			notSaved: {
				title: 'Esta página no está guardada en este aparato',
				body: 'No tiene señal y esta página no se guardó para leerla sin conexión. Conéctese para leerla. Para tener todas las páginas, elija "Guardar todo el manual para usarlo sin conexión" al final de cualquier página.',
				home: 'Ir a la página de inicio',
			},
		},
		edition: {
			contactsHeading: 'A quién contactar aquí',
			call: 'Llamar',
			email: 'Correo',
			office: 'Oficina:',
			meetings: 'Reuniones públicas:',
			comment: 'Cómo hablar en una reunión:',
			hotlinesHeading: 'Líneas de ayuda locales',
			lawFirst: 'Empiece por la ley de su estado',
			lawLink: 'Lo que permite la ley en',
			defaultLabel: 'En esta edición:',
			leaveBehindFrom: 'Se lo dejó',
			checked: 'Datos de contacto revisados el',
		},
		print: {
			openPrint: 'Imprima una hoja de dos páginas para dejar (un volante para entregar)',
			backToPage: 'Volver a la página completa',
			heading: 'Hoja para dejar',
			groupName: 'De parte de (su grupo):',
			groupContact: 'Contáctenos:',
			qrLabel: (role: string) => `Código QR: la página del manual sobre ${role}, con fuentes`,
			sourcesAt: 'Fuentes y más:',
		},
		meetingKit: {
			title: 'Kit para reuniones',
			description:
				'Imprímalo y llévelo a una reunión con un funcionario: una agenda con el orden para hablar, una hoja de tareas, una hoja de evaluación y la hoja para dejar.',
			open: 'Imprima el kit para reuniones: agenda, tareas, hoja de evaluación y hoja para dejar',
			backToGuide: 'Volver a la guía para organizar una reunión',
			intro:
				'Imprima esta página: cada hoja empieza en una página nueva. Llene los espacios con su equipo unos días antes de la reunión.',
			agenda: {
				title: 'Agenda y orden para hablar',
				official: 'Reunión con:',
				when: 'Fecha, hora y lugar:',
				goal: 'Nuestra única petición:',
				order: 'Orden',
				part: 'Qué pasa',
				who: 'Quién habla',
				minutes: 'Minutos',
				steps: [
					['Agradecer al funcionario, decir por qué vinimos y cuánto tiempo necesitamos', '2'],
					['Cada persona dice su nombre y dónde vive', '3'],
					['Primera historia: cómo la cooperación con ICE hizo daño a alguien de aquí', '3'],
					['Segunda historia, o los datos detrás de la primera', '3'],
					['Escuchar al funcionario', '5'],
					['La petición: una pregunta de sí o no, y luego esperar', '2'],
					['Acordar los próximos pasos y una segunda reunión; entregar la hoja para dejar', '2'],
				],
			},
			roles: {
				title: 'Quién hace qué',
				intro: 'Que el equipo sea de seis personas o menos. Una persona puede tener dos tareas.',
				name: 'Nombre:',
				list: [
					['Facilitador', 'Abre, cuida el tiempo y al final resume lo acordado.'],
					['Narrador', 'Cuenta una historia real de alguien de aquí, con su permiso.'],
					['Quien pide', 'Hace la petición y se queda callado hasta que el funcionario responda.'],
					[
						'Quien toma notas',
						'Escribe lo que dice y promete el funcionario, palabra por palabra.',
					],
					['Quien da seguimiento', 'Envía la carta de agradecimiento y sigue cada promesa.'],
				],
			},
			debrief: {
				title: 'Evaluación justo después de la reunión',
				intro: 'Tómense 15 minutos en equipo antes de irse a casa.',
				questions: [
					'¿Cómo nos fue?',
					'¿A qué dijo que sí o que no el funcionario? ¿Qué prometió?',
					'¿Quién más salió en la conversación que podría ayudar?',
				],
				task: 'Próxima tarea',
				who: 'Quién',
				byWhen: 'Para cuándo',
			},
			leaveBehind: {
				title: 'Hoja para dejar',
				intro:
					'Imprima dos páginas para el funcionario con quien se reúne. Cada una tiene las peticiones, los argumentos más fuertes, un código QR a la página completa y espacio para el nombre y el contacto de su grupo.',
				link: (role: string) => `Hoja para dejar: ${role}`,
			},
		},
		stateRole: {
			title: (role: string, state: string) => `${role} en ${state}`,
			description: (role: string, state: string) =>
				`Qué pedirle a: ${role.toLowerCase()} en ${state} según la ley estatal, qué prohíbe la ley y los guiones que sirven allí.`,
			intro: (role: string, state: string) =>
				`Esta página muestra solo lo que la ley de ${state} le permite pedir a: ${role.toLowerCase()}. Lo que la ley prohíbe está aparte, con lo que puede pedir en su lugar.`,
			lawHeading: (state: string) => `La ley de ${state} en breve`,
			lawLink: (state: string) => `La ley de ${state} completa, con fuentes`,
			controls: 'Qué controla este funcionario',
			asks: 'Qué puede pedir aquí',
			ruledOut: 'Lo que la ley estatal prohíbe aquí',
			ruledOutIntro: (state: string) =>
				`La ley de ${state} prohíbe estas peticiones. Hacerlas es pedirle a un funcionario que viole la ley estatal.`,
			scripts: 'Guiones que sirven en este estado',
			scriptsIntro: (state: string) =>
				`Cada guion se abre con ${state} ya escrito. Usted agrega su nombre y su ciudad.`,
			noScripts: (state: string) =>
				`Todavía no hay guion que sirva con la ley de ${state}. Use las peticiones de arriba con sus propias palabras.`,
			say: 'Qué decir',
			rebuttals: 'Si le dicen…',
			morePoints: (count: number) =>
				`${count} ${count === 1 ? 'argumento más' : 'argumentos más'} en la página para todos los estados`,
			worked: 'Lo que ha funcionado',
			otherOfficials: (state: string) => `Otros funcionarios en ${state}`,
			statePage: (state: string) => `Todo sobre ${state}: la ley y los acuerdos 287(g)`,
			nationalPage: (role: string) => `La página para todos los estados: ${role}`,
			printLink: (state: string) => `Imprima una hoja para dejar en ${state} (para entregar)`,
			printBack: 'Volver a la página de este estado',
			qrLabel: (role: string, state: string) =>
				`Código QR: la página del manual para ${role.toLowerCase()} en ${state}, con fuentes`,
			printNote: (state: string) =>
				`Escrita para la ley de ${state}. Solo peticiones que la ley estatal permite.`,
			careLabel: 'Cuidado:',
			instead: 'Pida esto en su lugar:',
			pickerSummary: (role: string) => `La página de su estado: ${role.toLowerCase()}`,
			pickerIntro:
				'La ley estatal cambia lo que usted puede pedir. La página de cada estado muestra solo lo que se permite allí.',
			printPickerSummary: 'Una hoja para dejar de su estado',
			officialsHeading: (state: string) => `Qué pedirle a cada funcionario en ${state}`,
			remember: (state: string) => `Recordar ${state} en este teléfono`,
			rememberHint:
				'Así las páginas para todos los estados le llevan a la versión de este estado. No se envía nada.',
			remembered: (state: string) => `Recordado en este teléfono: ${state}.`,
			forget: 'Olvidar mi estado',
			forgotten: 'Olvidado. Este teléfono no guarda ningún estado.',
			yourVersion: (state: string) => `Su estado, ${state}:`,
			scriptRuledOut: (state: string) =>
				`La ley de ${state} prohíbe lo que pide este guion, o el guion es para otros estados. Use un guion que sirva en ${state}:`,
			scriptFits: (state: string) =>
				`Este guion sirve con la ley de ${state}. Ya tiene ${state} escrito.`,
			scriptNoneFits: (state: string) =>
				`Todavía no hay guion que sirva con la ley de ${state}. Vea qué puede pedir allí:`,
			countyAsk: (state: string) => `Qué pedir aquí según la ley de ${state}:`,
			countyScript: 'Guion para usar:',
			countyOfficials: 'Páginas para:',
			countyCases: 'Lo que pasó aquí:',
			countyNone: 'Sin acuerdo 287(g) y sin solicitud pendiente en la lista de ICE.',
			countiesWithoutNote: (n: string) =>
				`${n}: sin acuerdo 287(g) y sin solicitud pendiente en la lista de ICE. Elija un condado para ver qué pedir allí.`,
			firstAsk: (state: string) => `Según la ley de ${state}, pídale primero al sheriff:`,
			whatToAsk: (state: string) => `Qué pedirle a cada funcionario en ${state}:`,
		},
	},
	phone: {
		languageName: 'Español',
		print: 'Imprimir',
		printHint:
			'Para imprimir, abra el menú de su navegador (en un teléfono: Compartir) y elija Imprimir.',
		deleteEntry: 'Borrar',
		deleteEntryLabel: (when: string, who: string) => `Borrar la nota del ${when}, ${who}`,
		deleted: 'Nota borrada.',
		findNumber: 'Cómo encontrar el número de la oficina',
		findNumberHref: '/guides/research-your-officials/#averigüe-quién-le-representa',
		callNeedsNumber: 'Escriba arriba el teléfono de la oficina y “Llamar ahora” lo marcará.',
		jumpTo: 'Ir a una sección',
		byLetter: 'Condados por letra inicial',
		myActionsNote:
			'las llamadas y los correos que anotó en este teléfono, para compartirlos con su organizador.',
		searchReferenceHeading: 'También en el glosario y en la lista de fuentes',
	},
	records: {
		sectionTitle: 'Pida registros públicos',
		sectionIntro: (state: string) =>
			`Cualquier persona puede pedir los documentos de un sheriff, una cárcel o un condado en ${state}: acuerdos con ICE, costos, registros. Esta es la ley que debe citar.`,
		law: 'La ley:',
		citation: 'Dónde está escrita:',
		deadline: 'Cuánto tiempo tienen:',
		noFixedDeadline: 'No hay un número fijo de días.',
		appeal: 'Si dicen que no o no responden:',
		fees: 'Cuánto puede costar:',
		sources: 'Fuentes:',
		reviewed: 'Revisado con la ley el',
		notReviewed: (state: string) =>
			`Todavía no revisamos la ley de registros públicos de ${state} con su texto, así que esta página no da un plazo. La oficina del procurador general del estado suele publicar una guía sencilla de la ley. Igual puede escribir una solicitud: la carta nombra la ley en palabras generales.`,
		writeRequest: 'Escriba una solicitud de registros',
		pageTitle: 'Escriba una solicitud de registros públicos',
		pageDescription:
			'Cartas para pedirle a un sheriff, una cárcel o un condado su acuerdo 287(g), sus costos, sus correos con ICE y los registros de la cárcel, llenadas en su teléfono con la ley y el plazo de su estado.',
		pageIntro:
			'Los registros públicos muestran lo que su sheriff firmó con ICE, cuánto cuesta y cuántas veces la cárcel ayuda a ICE. Elija los registros que quiere y llene los espacios. Luego envíe la carta por correo o imprímala.',
		privacy:
			'Lo que escribe se queda en este teléfono. Nada se envía hasta que usted mismo envíe la carta.',
		spanishNote:
			'La agencia puede responder más rápido a una carta en inglés. La versión en inglés de esta página tiene las mismas cartas en inglés.',
		noScript:
			'Cada carta tiene espacios en [MAYÚSCULAS]. Cópiela o imprímala y llene los espacios a mano.',
		formHeading: 'Llene la carta',
		template: '¿Qué registros?',
		state: 'Su estado',
		chooseState: 'Elija un estado',
		agency: 'Agencia (por ejemplo, Oficina del Sheriff del Condado de Harris)',
		startDate: 'Registros desde',
		endDate: 'Registros hasta',
		yourName: 'Su nombre',
		yourContact: 'Su correo o dirección postal',
		lawChecked: (law: string, days: string) => `${law}. La agencia tiene ${days} para responder.`,
		lawNoDays: (law: string) => `${law}. La ley no fija un número de días.`,
		lawNotChecked: (state: string) =>
			`Todavía no revisamos la ley de ${state}. La carta la nombra en palabras generales y no pone plazo.`,
		stateLawLink: (state: string) => `${state}: ley de registros públicos`,
		lettersHeading: 'Las cartas',
		subject: 'Asunto:',
		copy: 'Copiar la carta',
		mail: 'Abrir en mi correo',
		print: 'Imprimir la carta',
		copied: 'Carta copiada. Péguela en un correo o un documento.',
		copyFailed: 'No se pudo copiar. Seleccione la carta y cópiela a mano.',
		tooLongCopied:
			'La carta es demasiado larga para ponerla en el correo por usted, así que se copió. Péguela en el correo que se abre.',
		trackerHeading: 'Lleve la cuenta de las solicitudes que envió',
		trackerIntro:
			'Anote cada solicitud que envía. Este teléfono calcula cuándo vence la respuesta y puede poner un recordatorio en su calendario. La lista se queda solo en este teléfono.',
		trackerNoScript: 'La lista de solicitudes necesita JavaScript. No guarda nada en un servidor.',
		sentOn: 'Día en que la envió',
		add: 'Agregar a mi lista',
		added: 'Agregada a su lista.',
		addNeedsAgency:
			'Primero escriba el nombre de la agencia y elija un estado en el formulario de la carta.',
		listHeading: 'Solicitudes que envió',
		empty: 'Todavía no hay solicitudes en este teléfono.',
		sentLine: (agency: string, state: string, title: string, sent: string) =>
			`${agency} (${state}): ${title}. Enviada el ${sent}.`,
		dueLine: (due: string, days: string) => `Vence el ${due}: ${days} después de enviarla.`,
		businessDaysNote:
			'No se cuentan sábados ni domingos. Los feriados sí se cuentan, así que la agencia puede tener un día o dos más.',
		countNote:
			'Se cuenta desde el día en que la envió. La ley puede contar desde el día en que la agencia la recibió.',
		noDeadlineLine: (day: string) =>
			`La ley no fija un plazo. Sugerencia: insista el ${day} si no tiene respuesta.`,
		uncheckedLine: (day: string) =>
			`Todavía no revisamos el plazo de este estado. Sugerencia: insista el ${day} si no tiene respuesta.`,
		late: '¿Todavía sin respuesta? Se acabó el plazo. Envíe esta carta de seguimiento:',
		appealHeading: (state: string) => `Cómo apelar en ${state}:`,
		copyFollowUp: 'Copiar la carta de seguimiento',
		reminder: 'Agregar un recordatorio a mi calendario',
		reminderFile: 'recordatorio-solicitud-de-registros.ics',
		reminderTitle: (agency: string) => `Vence la solicitud de registros: ${agency}`,
		reminderDescription: (title: string, sent: string, law: string) =>
			`${title}. Enviada el ${sent}. ${law}. ¿Sin respuesta? Abra la página de registros del manual para una carta de seguimiento.`,
		remove: 'Borrar',
		removeLabel: (agency: string, sent: string) =>
			`Borrar la solicitud a ${agency} enviada el ${sent}`,
		removed: 'Solicitud borrada.',
		forget: 'Olvidar todas mis solicitudes',
		forgotten: 'Olvidado: la lista de solicitudes ya no está en este teléfono.',
		followUp: (p: {
			agency: string;
			sent: string;
			title: string;
			law: string;
			days: string;
			due: string;
			name: string;
		}) =>
			[
				`A la persona a cargo de los registros de ${p.agency}:`,
				`El ${p.sent}, pedí registros públicos según ${p.law}: ${p.title}.`,
				p.days
					? `La ley le da ${p.days} para responder. Ese plazo terminó el ${p.due}. No he recibido los registros ni una carta que diga cuándo estarán listos.`
					: 'No he recibido los registros ni una carta que diga cuándo estarán listos.',
				'Por favor, envíe los registros ahora, o dígame por escrito cuándo lo hará y por qué se retrasan. Si retiene algún registro, dígame cuál y la razón que da la ley.',
				`Gracias,\n${p.name}`,
			].join('\n\n'),
	},
	agency: {
		skip: 'Ir al contenido',
		home: 'Inicio del manual',
		title: (agency: string, state: string) => `${agency}, ${state}: 287(g)`,
		description: (agency: string, state: string) =>
			`${agency} (${state}) en la lista 287(g) de ICE: sus acuerdos, su historia, lo que permite la ley estatal y qué pedir.`,
		intro: (asOf: string) => `Según la lista de acuerdos 287(g) de ICE del ${asOf}.`,
		state: 'Estado:',
		county: 'Condado:',
		noCounty: 'La lista de ICE no dice el condado.',
		type: 'Tipo de agencia:',
		types: {
			County: 'Una agencia del condado',
			Municipality: 'Una agencia de la ciudad o el pueblo',
			'State Agency': 'Una agencia del estado',
		},
		oversight: {
			sheriff:
				'La dirige el sheriff. Los votantes eligen al sheriff, y la comisión del condado decide su presupuesto.',
			'county-commission': 'La comisión del condado la supervisa y decide su presupuesto.',
			'city-council':
				'El concejo municipal y el alcalde la supervisan. La dirige el jefe de policía.',
			state: 'El gobernador y la legislatura estatal la supervisan.',
		},
		whoOversees: 'Quién responde por ella:',
		agreementsHeading: 'Sus acuerdos 287(g)',
		models: {
			TFM: 'Grupo de trabajo: sus agentes pueden interrogar y arrestar personas para ICE en la calle.',
			WSO: 'Agente de órdenes de arresto: sus agentes de la cárcel entregan órdenes de ICE a personas ya detenidas.',
			JEM: 'Control en la cárcel: sus agentes interrogan a las personas que entran a la cárcel sobre su estatus y las retienen para ICE.',
		},
		signed: 'Firmado:',
		signedUnknown: 'ICE no da la fecha.',
		firstSeen: 'Primera vez en la lista de ICE:',
		lastSeen: 'Última vez en la lista de ICE:',
		status: 'Estado del acuerdo:',
		statuses: {
			active: 'En la lista más reciente de ICE',
			missing: 'No está en la lista más reciente de ICE',
			ended: 'Terminado: no está en las dos últimas listas',
		},
		agreementPdf: 'El acuerdo firmado (PDF, ice.gov)',
		addendumPdf: 'Anexo (PDF, ice.gov)',
		moaPending: 'ICE todavía no ha publicado el acuerdo firmado.',
		historyHeading: 'Su historia en las listas de ICE',
		historyIntro: (lists: number, from: string) =>
			`El manual guarda ${lists} listas de ICE, desde el ${from}.`,
		historyRow: (model: string, from: string, to: string) => `${model}: del ${from} al ${to}`,
		formerNames: 'ICE también la ha llamado:',
		lawHeading: (state: string) => `Qué dice la ley de ${state}`,
		lawLink: (state: string) => `La ley de ${state} completa, con fuentes`,
		notReviewed: (state: string) =>
			`El manual todavía no ha revisado la ley de ${state}. Lea la página del estado antes de pedir algo.`,
		territory:
			'Este lugar es un territorio de EE. UU. El manual no tiene una página sobre su ley, así que no sugiere peticiones aquí.',
		asksHeading: 'Qué pedir',
		asksIntro: (role: string) => `Pídale a: ${role.toLowerCase()}`,
		moreAsks: (role: string, state: string) =>
			`Todas las peticiones para: ${role.toLowerCase()} en ${state}`,
		noAsks: (state: string) =>
			`La ley de ${state} no deja ninguna petición aquí. Lea la página del estado para ver qué más puede hacer.`,
		ruledOutHeading: 'Lo que la ley estatal prohíbe aquí',
		scriptsHeading: 'Guiones para usar',
		scriptsIntro: (county: string | null) =>
			county
				? `Cada guion se abre con el estado y ${county} ya escritos.`
				: 'Cada guion se abre con el estado ya escrito.',
		casesHeading: 'Lo que pasó en otros lugares',
		recordsHeading: 'Pida los documentos',
		recordsLink: 'Pida los documentos públicos',
		recordsIntro:
			'Una solicitud de documentos públicos puede mostrar cuánto cuesta el acuerdo y cómo lo usan los agentes.',
		notLegalAdvice: 'Esta página explica políticas públicas. No es asesoría legal.',
		iceSource: 'Fuente: la página 287(g) de ICE',
		agenciesLink: (agency: string) => `Página de ${agency}`,
	},
};

/** Every language's strings. */
export const strings: Record<Lang, Strings> = { en, es };

/**
 * The strings of the page a client script runs on, by its `<html lang>`: for code in src/client/
 * and the search dialog. Server code uses `pageStrings` (src/lib/page-lang.ts).
 */
export function documentStrings(): Strings {
	return strings[toLang(document.documentElement.lang)];
}

/** The strings of one language. */
export function stringsFor(lang: Lang): Strings {
	return strings[lang];
}

/**
 * Starlight's own interface strings we change (i18n collection in content.config.ts): its Spanish
 * says "tú"; the handbook says "usted". Keys are Starlight's (`dist/translations/es.js`).
 */
export const starlightStrings = {
	es: {
		'i18n.untranslatedContent': es.translation.untranslated,
		'skipLink.label': 'Ir al contenido',
		'search.label': es.ui.search.open,
		'languageSelect.accessibleLabel': 'Elija el idioma',
		'menuButton.accessibleLabel': 'Menú',
		'sidebarNav.accessibleLabel': 'Principal',
		'tableOfContents.onThisPage': 'En esta página',
		'tableOfContents.overview': 'Resumen',
		'page.editLink': 'Editar esta página',
		'page.previousLink': 'Anterior',
		'page.nextLink': 'Siguiente',
		'404.text': 'No encontramos esta página. Revise la dirección o use la búsqueda.',
		'themeSelect.accessibleLabel': 'Elija el tema',
		'themeSelect.dark': 'Oscuro',
		'themeSelect.light': 'Claro',
		'themeSelect.auto': 'Automático',
	},
};
