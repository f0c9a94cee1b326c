/**
 * `/records/` once JavaScript runs: the form fills the letters' blanks in place (`textContent`
 * only), shows the chosen letter, and offers copy, email and print; "add to my list" keeps the
 * requests the reader sent on this phone, listed by `records-list.ts` (loaded when needed) with the
 * day each is due, a calendar file for it and a follow-up letter when late. The state's records law comes from the
 * state picker's data attributes. Nothing typed is sent anywhere: no request leaves the page.
 * `?agency=<name>&state=<state id>` fills in the agency and the state (agency pages link so).
 */
import { fillMessage, readStrings } from '../lib/client-message';
import type { RecordsText } from '../lib/client-text';
import { buildMailLink } from '../lib/mail-link';
import { loadReaderState } from '../lib/reader-state-store';
import {
	cleanAgency,
	dayCount,
	fillRecordsLetter,
	letterDay,
	recordsLawWords,
	responseTimeWords,
	type RecordsFieldId,
} from '../lib/records-letters';
import { stripBidiControls } from '../lib/text-safety';
import { copy, lawOf, say, today } from './records-common';
import type { FormReading, NewRequest, RequestList } from './records-list';

const lang = document.documentElement.lang.startsWith('es') ? 'es' : 'en';

const form = document.querySelector<HTMLElement>('.records-form');
const tracker = document.querySelector<HTMLElement>('.records-tracker');
/** Interface text in the page's language, from the form's frontmatter (`data-strings`). */
const t = readStrings<RecordsText | undefined>(form, undefined);
if (form && tracker && t) enhance(form, tracker, t);

function enhance(form: HTMLElement, tracker: HTMLElement, t: RecordsText) {
	const templatePicker = form.querySelector<HTMLSelectElement>('#records-template')!;
	const statePicker = form.querySelector<HTMLSelectElement>('#records-state')!;
	const inputs = [...form.querySelectorAll<HTMLInputElement>('input[data-field]')];
	const lawNote = form.querySelector<HTMLElement>('[data-law-note]')!;
	const lawLink = form.querySelector<HTMLAnchorElement>('[data-law-link]')!;
	const letters = [...document.querySelectorAll<HTMLElement>('.records-letter')];
	const input = (field: RecordsFieldId) => inputs.find((i) => i.dataset['field'] === field);

	// Prefill: the address's agency and state, else the state remembered on this phone.
	const query = new URLSearchParams(location.search);
	const agency = input('agency');
	if (agency && query.get('agency')) agency.value = cleanAgency(query.get('agency') ?? '');
	const stateOptions = [...statePicker.options];
	const wanted =
		stateOptions.find((o) => o.value !== '' && o.value === query.get('state')) ??
		stateOptions.find((o) => o.value !== '' && o.dataset['code'] === loadReaderState(localStorage));
	if (wanted) statePicker.value = wanted.value;
	const template = query.get('template');
	if (template && [...templatePicker.options].some((o) => o.value === template))
		templatePicker.value = template;
	const start = input('start-date');
	const end = input('end-date');
	if (start && !start.value) start.value = `${new Date().getFullYear() - 1}-01-01`;
	if (end && !end.value) end.value = today();

	const selectedState = () => statePicker.selectedOptions[0];

	/** What each blank says now: typed values, the state's law, dates as a letter writes them. */
	function values(): Partial<Record<RecordsFieldId, string>> {
		const typed = (field: RecordsFieldId) => stripBidiControls(input(field)?.value ?? '').trim();
		const law = lawOf(selectedState());
		const day = (field: RecordsFieldId) => (typed(field) ? letterDay(typed(field), lang) : '');
		return {
			agency: typed('agency'),
			'your-name': typed('your-name'),
			'your-contact': typed('your-contact'),
			'start-date': day('start-date'),
			'end-date': day('end-date'),
			...(law
				? {
						'records-law': recordsLawWords(law, lang),
						'response-time': responseTimeWords(law, lang),
					}
				: {}),
		};
	}

	/** The chosen letter as plain text, filled in: subject and body. */
	function letterWords(letter: HTMLElement) {
		const filled = values();
		return {
			subject: fillRecordsLetter(letter.dataset['subject'] ?? '', filled),
			body: fillRecordsLetter(letter.dataset['body'] ?? '', filled),
		};
	}

	function update() {
		const filled = values();
		for (const blank of document.querySelectorAll<HTMLElement>('.records-letter .blank')) {
			if (!blank.dataset['token']) blank.dataset['token'] = blank.textContent ?? '';
			const value = filled[blank.dataset['field'] as RecordsFieldId];
			blank.textContent = value || blank.dataset['token'];
			blank.classList.toggle('filled', Boolean(value));
		}
		for (const letter of letters) {
			letter.hidden = letter.dataset['letter'] !== templatePicker.value;
			const mail = letter.querySelector<HTMLAnchorElement>('a[data-action="mail"]');
			if (!mail) continue;
			const words = letterWords(letter);
			// A letter too long for a mail link opens the mail app with the subject only; the click
			// copies the letter to paste in.
			const link = buildMailLink({ to: '', subject: words.subject, body: words.body });
			mail.href = link ?? buildMailLink({ to: '', subject: words.subject, body: '' }) ?? 'mailto:';
			mail.dataset['tooLong'] = String(link === undefined);
		}
		const option = selectedState();
		const law = lawOf(option);
		lawLink.hidden = law === undefined;
		if (!law || !option) {
			lawNote.textContent = '';
			return;
		}
		const name = law.lawName && law.citation ? recordsLawWords(law, lang) : '';
		lawNote.textContent = !name
			? fillMessage(t.lawNotChecked, { state: law.stateName })
			: (law.deadlineKind === 'business-days' || law.deadlineKind === 'calendar-days') &&
				  law.deadlineDays !== undefined
				? fillMessage(t.lawChecked, {
						law: name,
						days: dayCount(law.deadlineKind, law.deadlineDays, lang),
					})
				: fillMessage(t.lawNoDays, { law: name });
		lawLink.href = option.dataset['href'] ?? lawLink.href;
		lawLink.textContent = fillMessage(t.stateLawLink, { state: law.stateName });
	}

	form.addEventListener('input', update);
	form.addEventListener('change', update);

	for (const letter of letters) {
		const actions = letter.querySelector<HTMLElement>('.letter-actions');
		if (!actions) continue;
		const status = actions.querySelector<HTMLElement>('[role="status"]')!;
		const plain = () => {
			const words = letterWords(letter);
			return `${t.subject} ${words.subject}\n\n${words.body}`;
		};
		actions.querySelector('[data-action="copy"]')?.addEventListener('click', async () => {
			say(status, (await copy(plain())) ? t.copied : t.copyFailed);
		});
		const mail = actions.querySelector<HTMLAnchorElement>('a[data-action="mail"]');
		mail?.addEventListener('click', async () => {
			if (mail.dataset['tooLong'] !== 'true') return;
			say(status, (await copy(letterWords(letter).body)) ? t.tooLongCopied : t.copyFailed);
		});
		actions.querySelector('[data-action="print"]')?.addEventListener('click', () => {
			document.documentElement.dataset['printingLetter'] = '';
			letter.dataset['printing'] = '';
			window.print();
			delete document.documentElement.dataset['printingLetter'];
			delete letter.dataset['printing'];
		});
		actions.hidden = false;
	}

	enhanceTracker(
		tracker,
		() => {
			const option = selectedState();
			return {
				option,
				law: lawOf(option),
				agency: cleanAgency(input('agency')?.value ?? ''),
				template: templatePicker.value,
			};
		},
		{ yourName: () => stripBidiControls(input('your-name')?.value ?? '').trim() },
		t,
	);

	form.hidden = false;
	document.querySelector<HTMLElement>('.records-no-script')?.setAttribute('hidden', '');
	update();
}

/**
 * "Keep track of requests you sent": the day sent and "add to my list" work at once; the list's own
 * code (src/client/records-list.ts: due dates, reminders, follow-up letters) loads when the list
 * has something in it or the reader adds to it, so a first visit does not download it (the page's
 * budget of 20 KB of code, issue 24). It is part of the offline copy, like every script.
 */
function enhanceTracker(
	tracker: HTMLElement,
	request: () => Omit<NewRequest, 'sent'>,
	form: FormReading,
	t: RecordsText,
) {
	let list: Promise<RequestList> | undefined;
	const openList = () =>
		(list ??= import('./records-list').then(({ showList }) => showList(tracker, form, t)));
	const sent = tracker.querySelector<HTMLInputElement>('#records-sent')!;
	sent.value = today();
	tracker.querySelector('[data-action="add"]')!.addEventListener('click', async () => {
		// Read now: the form may change while the list's code loads.
		const tapped: NewRequest = { ...request(), sent: sent.value || today() };
		(await openList()).add(tapped);
	});
	tracker
		.querySelector('[data-action="forget-all"]')!
		.addEventListener('click', async () => (await openList()).forgetAll());
	if (hasRequests(tracker.dataset['storageKey'])) void openList();
	tracker.hidden = false;
	document.querySelector<HTMLElement>('.tracker-needs-js')?.setAttribute('hidden', '');
}

/** Whether this phone keeps a list of requests under `key` (none when storage is off). */
function hasRequests(key: string | undefined): boolean {
	try {
		return Boolean(key && localStorage.getItem(key));
	} catch {
		return false;
	}
}
