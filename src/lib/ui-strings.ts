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
		/** After the states in a compact caution that rules an entry out. */
		ruledOut: 'state law rules it out.',
		/** A compact caution's link to the full note on the entry's own page. */
		readMore: 'What state law says there',
		/** The same link when the entry is ruled out: the full note lists what to ask instead. */
		readInstead: 'What to ask for there instead',
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
	home: {
		pickerTitle: 'Who are you contacting?',
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
