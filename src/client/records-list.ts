/**
 * The list of public-records requests the reader sent, on `/records/`, loaded by
 * `records-page.ts` once the list has something in it or the reader adds to it: each request with
 * the day it is due, a calendar reminder for that day and, once late, a follow-up letter. Kept in
 * localStorage (`src/lib/records-tracker.ts`), shown as text; nothing leaves the device.
 */
import { fillMessage } from '../lib/client-message';
import type { RecordsText } from '../lib/client-text';
import { checkDate, isPastDue } from '../lib/records-dates';
import { dayCount, letterDay, recordsLawWords, type RecordsLawFacts } from '../lib/records-letters';
import {
	addRequest,
	clearRequests,
	readRequests,
	reminderCalendar,
	removeRequest,
	type TrackedRequest,
} from '../lib/records-tracker';
import { copy, lawOf, say, today } from './records-common';
import { downloadFile } from './download-file';

const lang = document.documentElement.lang.startsWith('es') ? 'es' : 'en';

/** What the list reads from the letter form when it shows a request: the reader's name. */
export interface FormReading {
	yourName: () => string;
}

/**
 * The request the form described when the reader tapped "add to my list", read at that moment (the
 * list's code may still be loading): the state picked, its records law, the agency, the letter and
 * the day sent.
 */
export interface NewRequest {
	option: HTMLOptionElement | undefined;
	law: RecordsLawFacts | undefined;
	agency: string;
	template: string;
	sent: string;
}

/** What the list does when the reader taps "add to my list" or "forget all". */
export interface RequestList {
	add(request: NewRequest): void;
	forgetAll(): void;
}

/** Shows the list in `tracker` and returns what its two buttons do. */
export function showList(tracker: HTMLElement, form: FormReading, t: RecordsText): RequestList {
	const status = tracker.querySelector<HTMLElement>(':scope > [role="status"]')!;
	const list = tracker.querySelector<HTMLUListElement>('.records-list')!;
	const empty = tracker.querySelector<HTMLElement>('.records-empty')!;
	const optionOf = (id: string) =>
		document.querySelector<HTMLOptionElement>(`#records-state option[value="${CSS.escape(id)}"]`);
	const titleOf = (id: string) =>
		document.querySelector<HTMLElement>(`.records-letter[data-letter="${CSS.escape(id)}"]`)
			?.dataset['title'] ?? id;

	function add({ option, law, agency, template, sent }: NewRequest) {
		if (!option || !law || agency === '') {
			say(status, t.addNeedsAgency);
			return;
		}
		const request: TrackedRequest = {
			sent,
			agency,
			state: option.value,
			template,
			deadlineKind: law.lawName ? (law.deadlineKind ?? 'unknown') : 'unknown',
			...(law.lawName && law.deadlineDays !== undefined ? { deadlineDays: law.deadlineDays } : {}),
		};
		say(status, addRequest(localStorage, request) ? t.added : t.addNeedsAgency);
		render();
	}

	function forgetAll() {
		clearRequests(localStorage);
		render();
		say(status, t.forgotten);
	}

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
			downloadFile(ics, 'text/calendar;charset=utf-8', t.reminderFile);
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
	return { add, forgetAll };
}
