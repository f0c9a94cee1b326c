/**
 * The interface text each browser script needs, in one language, as values: a component puts it
 * in a `data-strings` attribute (JSON) and its script reads it with `readStrings` (src/lib/client-message.ts).
 * Scripts import only the types from here; the functions run at build time.
 */
import { clientMessage } from './client-message';
import type { Strings } from './ui-strings';

/** The offline status line and "Save the whole handbook" (OfflineStatus.astro). */
export function offlineText({ ui }: Strings) {
	const t = ui.offline;
	return {
		saving: t.saving,
		failed: t.failed,
		updated: t.updated,
		ready: t.ready,
		savingAll: clientMessage(t.savingAll, { done: 'text', total: 'text' }),
		savedAll: clientMessage(t.savedAll, { total: 'text' }),
		savedSome: clientMessage(t.savedSome, { failed: 'text' }),
		saveAllSize: clientMessage(t.saveAllSize, { size: 'text' }),
	};
}
export type OfflineText = ReturnType<typeof offlineText>;

/** "Remember my state" and the link to the remembered state's version (src/client/reader-state.ts). */
export function stateMemoryText({ ui }: Strings) {
	const t = ui.stateRole;
	return {
		yourVersion: clientMessage(t.yourVersion, { state: 'text' }),
		remembered: clientMessage(t.remembered, { state: 'text' }),
		forget: t.forget,
		forgotten: t.forgotten,
	};
}
export type StateMemoryText = ReturnType<typeof stateMemoryText>;

/** The note on a national script page for the reader's state (src/client/script-state.ts). */
export function scriptStateText({ ui }: Strings) {
	const t = ui.stateRole;
	return {
		fits: clientMessage(t.scriptFits, { state: 'text' }),
		ruledOut: clientMessage(t.scriptRuledOut, { state: 'text' }),
		noneFits: clientMessage(t.scriptNoneFits, { state: 'text' }),
		statePage: clientMessage(t.title, { role: 'text', state: 'text' }),
	};
}
export type ScriptStateText = ReturnType<typeof scriptStateText>;

/** The fill-in fields, copy buttons and "record what happened" (src/client/script-page.ts). */
export function scriptPageText({ ui }: Strings) {
	return {
		forgotten: ui.fillIn.forgotten,
		copied: ui.fillIn.copied,
		copyFailed: ui.fillIn.copyFailed,
		tooLongCopied: ui.fillIn.tooLongCopied,
		subject: ui.fillIn.subject,
		recorded: ui.actions.recorded,
	};
}
export type ScriptPageText = ReturnType<typeof scriptPageText>;

/** "Copy link", "Copy text" and "Share" under a talking point (ShareButtons.astro). */
export function shareText({ ui }: Strings) {
	return {
		failed: ui.share.failed,
		copiedLink: ui.share.copiedLink,
		copiedText: ui.share.copiedText,
	};
}
export type ShareText = ReturnType<typeof shareText>;

/** Copying a county's link on a state page (CountyAgreements.astro). */
export function countyCopyText({ ui }: Strings) {
	return { copied: ui.ice.copied, copyFailed: ui.ice.copyFailed };
}
export type CountyCopyText = ReturnType<typeof countyCopyText>;

/** The list of what the reader did, its exports and its file (ActionLogTable.astro). */
export function actionLogText({ ui, follow, phone }: Strings) {
	const t = ui.actions;
	return {
		outcomes: t.outcomes,
		stances: follow.stances,
		columns: t.columns,
		deleteEntry: phone.deleteEntry,
		deleteEntryLabel: clientMessage(phone.deleteEntryLabel, { when: 'text', who: 'text' }),
		deleted: phone.deleted,
		copiedText: t.copiedText,
		copyFailed: ui.fillIn.copyFailed,
		csvFileName: t.csvFileName,
		fileName: t.fileName,
		loaded: clientMessage(t.loaded, { added: 'count', alreadyHere: 'count' }),
		notAFile: t.notAFile,
		confirmClear: t.confirmClear,
		cleared: t.cleared,
	};
}
export type ActionLogText = ReturnType<typeof actionLogText>;

/** The search dialog's headings, buttons and announcements (src/lib/search-dialog.ts). */
export function searchText({ ui, phone }: Strings) {
	const t = ui.search;
	return {
		exactHeading: t.exactHeading,
		partialHeading: t.partialHeading,
		more: t.more,
		none: clientMessage(t.none, { query: 'text' }),
		announce: clientMessage(t.announce, { exact: 'count', partial: 'count' }),
		referenceHeading: phone.searchReferenceHeading,
	};
}
export type SearchText = ReturnType<typeof searchText>;

/** "Check your county" answering from the lookup file (CountyCheck.astro, src/client/county-check.ts). */
export function countyLookupText({ ui }: Strings) {
	return {
		choose: ui.ice.lookupChoose,
		agreements: ui.ice.lookupAgreements,
		pending: ui.ice.lookupPending,
		none: ui.stateRole.countyNone,
		statewide: ui.ice.statewideNote,
		ask: clientMessage(ui.stateRole.countyAsk, { state: 'text' }),
		script: ui.stateRole.countyScript,
		statePage: clientMessage(ui.ice.lookupStatePage, { state: 'text' }),
		asOf: ui.ice.asOf,
		failed: ui.ice.lookupFailed,
	};
}
export type CountyLookupText = ReturnType<typeof countyLookupText>;

/**
 * The letter form, the copy buttons and the list of requests sent on `/records/`
 * (RecordsForm.astro, src/client/records-page.ts). The follow-up letter says how long the law
 * gave only when the state's deadline is a number of days, so it comes as two templates.
 */
export function recordsText({ records: t }: Strings) {
	return {
		lawChecked: clientMessage(t.lawChecked, { law: 'text', days: 'text' }),
		lawNoDays: clientMessage(t.lawNoDays, { law: 'text' }),
		lawNotChecked: clientMessage(t.lawNotChecked, { state: 'text' }),
		stateLawLink: clientMessage(t.stateLawLink, { state: 'text' }),
		subject: t.subject,
		copied: t.copied,
		copyFailed: t.copyFailed,
		tooLongCopied: t.tooLongCopied,
		added: t.added,
		addNeedsAgency: t.addNeedsAgency,
		sentLine: clientMessage(t.sentLine, {
			agency: 'text',
			state: 'text',
			title: 'text',
			sent: 'text',
		}),
		dueLine: clientMessage(t.dueLine, { due: 'text', days: 'text' }),
		businessDaysNote: t.businessDaysNote,
		countNote: t.countNote,
		noDeadlineLine: clientMessage(t.noDeadlineLine, { day: 'text' }),
		uncheckedLine: clientMessage(t.uncheckedLine, { day: 'text' }),
		late: t.late,
		appealHeading: clientMessage(t.appealHeading, { state: 'text' }),
		copyFollowUp: t.copyFollowUp,
		reminder: t.reminder,
		reminderFile: t.reminderFile,
		reminderTitle: clientMessage(t.reminderTitle, { agency: 'text' }),
		reminderDescription: clientMessage(t.reminderDescription, {
			title: 'text',
			sent: 'text',
			law: 'text',
		}),
		remove: t.remove,
		removeLabel: clientMessage(t.removeLabel, { agency: 'text', sent: 'text' }),
		removed: t.removed,
		forgotten: t.forgotten,
		/** The follow-up letter when the law gives a number of days (`{days}`, ended on `{due}`). */
		followUp: clientMessage(
			(
				agency: string,
				sent: string,
				title: string,
				law: string,
				days: string,
				due: string,
				name: string,
			) => t.followUp({ agency, sent, title, law, days, due, name }),
			{
				agency: 'text',
				sent: 'text',
				title: 'text',
				law: 'text',
				days: 'text',
				due: 'text',
				name: 'text',
			},
		),
		/** The follow-up letter when the law sets no number of days. */
		followUpNoDays: clientMessage(
			(agency: string, sent: string, title: string, law: string, name: string) =>
				t.followUp({ agency, sent, title, law, days: '', due: '', name }),
			{ agency: 'text', sent: 'text', title: 'text', law: 'text', name: 'text' },
		),
	};
}
export type RecordsText = ReturnType<typeof recordsText>;
