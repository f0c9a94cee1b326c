/**
 * `/records/` once JavaScript runs: the form fills the letters' blanks in place (`textContent`
 * only), shows the chosen letter, and offers copy, email and print; the tracker keeps the requests
 * the reader sent in localStorage (`src/lib/records-tracker.ts`), with the day each is due, a
 * calendar file for it and a follow-up letter when late. The state's records law comes from the
 * state picker's data attributes. Nothing typed is sent anywhere: no request leaves the page.
 * `?agency=<name>&state=<state id>` fills in the agency and the state (agency pages link so).
 */
import { fillMessage, readStrings } from '../lib/client-message';
import type { RecordsText } from '../lib/client-text';
import { buildMailLink } from '../lib/mail-link';
import { loadReaderState } from '../lib/reader-state-store';
import { checkDate, isPastDue } from '../lib/records-dates';
import {
	dayCount,
	fillRecordsLetter,
	letterDay,
	recordsLawWords,
	responseTimeWords,
	type RecordsFieldId,
	type RecordsLawFacts,
} from '../lib/records-letters';
import {
	addRequest,
	cleanAgency,
	clearRequests,
	readRequests,
	reminderCalendar,
	removeRequest,
	type TrackedRequest,
} from '../lib/records-tracker';
import { stripBidiControls } from '../lib/text-safety';

const lang = document.documentElement.lang.startsWith('es') ? 'es' : 'en';

const form = document.querySelector<HTMLElement>('.records-form');
const tracker = document.querySelector<HTMLElement>('.records-tracker');
/** Interface text in the page's language, from the form's frontmatter (`data-strings`). */
const t = readStrings<RecordsText | undefined>(form, undefined);
if (form && tracker && t) enhance(form, tracker, t);

/** Today on the phone's clock, YYYY-MM-DD. */
function today(): string {
	const now = new Date();
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A state option's records law, as the page wrote it in data attributes. */
function lawOf(option: HTMLOptionElement | undefined): RecordsLawFacts | undefined {
	if (!option || option.value === '') return undefined;
	const { name = '', lawName, citation, deadlineKind, deadlineDays } = option.dataset;
	const kind =
		deadlineKind === 'business-days' || deadlineKind === 'calendar-days' || deadlineKind === 'none'
			? deadlineKind
			: undefined;
	return {
		stateName: name,
		lawName,
		citation,
		deadlineKind: kind,
		deadlineDays: deadlineDays ? Number(deadlineDays) : undefined,
	};
}

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
		{
			agency: () => cleanAgency(input('agency')?.value ?? ''),
			state: () => selectedState(),
			template: () => templatePicker.value,
			yourName: () => stripBidiControls(input('your-name')?.value ?? '').trim(),
		},
		t,
	);

	form.hidden = false;
	document.querySelector<HTMLElement>('.records-no-script')?.setAttribute('hidden', '');
	update();
}

/** What the tracker reads from the letter form. */
interface FormReading {
	agency: () => string;
	state: () => HTMLOptionElement | undefined;
	template: () => string;
	yourName: () => string;
}

function enhanceTracker(tracker: HTMLElement, form: FormReading, t: RecordsText) {
	const sent = tracker.querySelector<HTMLInputElement>('#records-sent')!;
	const status = tracker.querySelector<HTMLElement>(':scope > [role="status"]')!;
	const list = tracker.querySelector<HTMLUListElement>('.records-list')!;
	const empty = tracker.querySelector<HTMLElement>('.records-empty')!;
	const optionOf = (id: string) =>
		document.querySelector<HTMLOptionElement>(`#records-state option[value="${CSS.escape(id)}"]`);
	const titleOf = (id: string) =>
		document.querySelector<HTMLElement>(`.records-letter[data-letter="${CSS.escape(id)}"]`)
			?.dataset['title'] ?? id;
	sent.value = today();

	tracker.querySelector('[data-action="add"]')!.addEventListener('click', () => {
		const option = form.state();
		const law = lawOf(option);
		const agency = form.agency();
		if (!option || !law || agency === '') {
			say(status, t.addNeedsAgency);
			return;
		}
		const request: TrackedRequest = {
			sent: sent.value || today(),
			agency,
			state: option.value,
			template: form.template(),
			deadlineKind: law.lawName ? (law.deadlineKind ?? 'unknown') : 'unknown',
			...(law.lawName && law.deadlineDays !== undefined ? { deadlineDays: law.deadlineDays } : {}),
		};
		say(status, addRequest(localStorage, request) ? t.added : t.addNeedsAgency);
		render();
	});
	tracker.querySelector('[data-action="forget-all"]')!.addEventListener('click', () => {
		clearRequests(localStorage);
		render();
		say(status, t.forgotten);
	});

	/** The list, as text: one item per request, newest day sent last. */
	function render() {
		const requests = readRequests(localStorage);
		empty.hidden = requests.length > 0;
		list.replaceChildren(...requests.map((request, index) => item(request, index)));
	}

	function item(request: TrackedRequest, index: number): HTMLLIElement {
		const option = optionOf(request.state) ?? undefined;
		const law = lawOf(option) ?? { stateName: request.state };
		const stateName = law.stateName;
		const title = titleOf(request.template);
		const counted =
			request.deadlineKind === 'business-days' || request.deadlineKind === 'calendar-days';
		const deadline = counted
			? {
					kind: request.deadlineKind as 'business-days' | 'calendar-days',
					days: request.deadlineDays,
				}
			: { kind: 'none' as const };
		const check = checkDate(request.sent, deadline);
		const days =
			counted && request.deadlineDays !== undefined
				? dayCount(deadline.kind as 'business-days' | 'calendar-days', request.deadlineDays, lang)
				: '';
		const li = document.createElement('li');
		const late = isPastDue(check.date, today());
		li.classList.toggle('late', late);
		const line = (text: string, tag: 'p' | 'strong' = 'p') => {
			const el = document.createElement(tag);
			el.textContent = text;
			return el;
		};
		li.append(
			line(
				fillMessage(t.sentLine, {
					agency: request.agency,
					state: stateName,
					title,
					sent: letterDay(request.sent, lang),
				}),
			),
		);
		const dueText = letterDay(check.date, lang);
		if (!check.suggested) {
			li.append(line(fillMessage(t.dueLine, { due: dueText, days })));
			const note = [request.deadlineKind === 'business-days' ? t.businessDaysNote : '', t.countNote]
				.filter(Boolean)
				.join(' ');
			li.append(line(note));
		} else
			li.append(
				line(
					request.deadlineKind === 'none'
						? fillMessage(t.noDeadlineLine, { day: dueText })
						: fillMessage(t.uncheckedLine, { day: dueText }),
				),
			);
		const actions = document.createElement('p');
		actions.className = 'entry-actions';
		const reminder = document.createElement('button');
		reminder.type = 'button';
		reminder.textContent = t.reminder;
		const lawWords = recordsLawWords(law, lang);
		reminder.addEventListener('click', () => {
			const ics = reminderCalendar({
				date: check.date,
				title: fillMessage(t.reminderTitle, { agency: request.agency }),
				description: fillMessage(t.reminderDescription, {
					title,
					sent: letterDay(request.sent, lang),
					law: lawWords,
				}),
				key: `${request.sent} ${request.agency} ${request.template}`,
				stamp: today(),
			});
			download(ics, 'text/calendar;charset=utf-8', t.reminderFile);
		});
		const remove = document.createElement('button');
		remove.type = 'button';
		remove.textContent = t.remove;
		remove.setAttribute(
			'aria-label',
			fillMessage(t.removeLabel, { agency: request.agency, sent: request.sent }),
		);
		remove.addEventListener('click', () => {
			removeRequest(localStorage, index);
			render();
			say(status, t.removed);
		});
		actions.append(reminder, remove);
		li.append(actions);
		if (late) {
			li.append(line(t.late, 'strong'));
			// With no number of days the letter leaves out how long the law gave.
			const letter = fillMessage(days ? t.followUp : t.followUpNoDays, {
				agency: request.agency,
				sent: letterDay(request.sent, lang),
				title,
				law: lawWords,
				days,
				due: dueText,
				name: form.yourName() || (lang === 'es' ? '[SU NOMBRE]' : '[YOUR NAME]'),
			});
			const box = line(letter);
			box.className = 'follow-up';
			li.append(box);
			if (option?.dataset['appeal']) {
				li.append(line(fillMessage(t.appealHeading, { state: stateName }), 'strong'));
				li.append(line(option.dataset['appeal']));
			}
			const copyButton = document.createElement('button');
			copyButton.type = 'button';
			copyButton.textContent = t.copyFollowUp;
			copyButton.addEventListener('click', async () => {
				say(status, (await copy(letter)) ? t.copied : t.copyFailed);
			});
			const row = document.createElement('p');
			row.append(copyButton);
			li.append(row);
		}
		return li;
	}

	render();
	tracker.hidden = false;
	document.querySelector<HTMLElement>('.tracker-needs-js')?.setAttribute('hidden', '');
}

/** Offers a file made on the phone (a Blob: no network) for download. */
function download(text: string, type: string, name: string) {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function copy(text: string) {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

function say(status: HTMLElement, message: string) {
	status.textContent = '';
	requestAnimationFrame(() => (status.textContent = message));
}
