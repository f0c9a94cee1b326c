/**
 * The script page's tools, once JavaScript runs: fields that fill the placeholders in place,
 * "remember on this phone" and "forget", copy / email / call buttons, and "record what happened".
 * Typed text only ever goes in through `textContent` and form values, never as HTML, and nothing
 * leaves the device. Without JavaScript none of this shows and the script reads with its
 * placeholders, as written.
 */
import type { ActionOutcome, ActionStance } from '../lib/action-log';
import { defaultsFromQuery } from '../lib/fill-in-fields';
import { forgetFillIn, loadFillIn, saveFillIn, type FillInValues } from '../lib/fill-in-store';
import { buildMailLink, buildPhoneLink } from '../lib/mail-link';
import { placeholdersIn } from '../lib/placeholders';
import { stripBidiControls } from '../lib/text-safety';
import { readStrings } from '../lib/client-message';
import type { ScriptPageText } from '../lib/client-text';
import { applyReaderState } from './script-state';

/** Interface text in the page's language, from the page's frontmatter (`.script-body`). */
const t = readStrings<ScriptPageText>(document.querySelector('.script-body'), {
	forgotten: '',
	copied: '',
	copyFailed: '',
	tooLongCopied: '',
	subject: '',
	recorded: '',
});

// The reader's state (`?state=`, or remembered): a note on whether the script fits there, and
// its values for `[STATE]` and `[STATE LAW]`.
const stateDefaults = applyReaderState();

/**
 * The list of what the reader did (src/lib/action-log.ts), loaded when a finger or pointer first
 * touches the "record" buttons, or on "forget": most visits only read the script, and this keeps
 * the page under its 20 KB budget of code (issue 24). The file is part of the offline copy, like
 * every script. One load for every tap: taps made while it loads are all saved together, at once.
 */
let actionLogModule: Promise<typeof import('../lib/action-log')> | undefined;
const actionLog = () => (actionLogModule ??= import('../lib/action-log'));

const form = document.querySelector<HTMLElement>('.fill-in');
const tools = document.querySelector<HTMLElement>('.script-actions');
const record = document.querySelector<HTMLElement>('.record-action');
if (form && tools && record) enhance(form, tools, record);

function enhance(form: HTMLElement, tools: HTMLElement, record: HTMLElement) {
	const inputs = [...form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-key]')];
	const keyOfToken = new Map(
		inputs.filter((i) => i.dataset['token']).map((i) => [i.dataset['token']!, i.dataset['key']!]),
	);
	const remember = form.querySelector<HTMLInputElement>('input[name="remember"]')!;
	const slots = wrapPlaceholders(
		document.querySelectorAll('.script-body, .short-version'),
		keyOfToken,
	);
	const status = tools.querySelector<HTMLElement>('[role="status"]')!;
	const mailLink = tools.querySelector<HTMLAnchorElement>('a[data-action="mail"]');
	const callLink = tools.querySelector<HTMLAnchorElement>('a[data-action="call"]');
	const callHint = tools.querySelector<HTMLElement>('[data-call-hint]');
	const {
		scriptTitle = '',
		roleTitle = '',
		officialKey = '',
		phoneKey = '',
		emailKey = '',
	} = form.dataset;

	// A local edition's values for some placeholders (`data-edition-defaults`, keyed by token), and
	// the reader's state's for `[STATE]` and `[STATE LAW]`. What the reader types comes first, then
	// the edition's value, then the state's, then the bare token.
	// A link from an agency's page names its county (`?county=`); that beats the edition's default.
	const defaults = {
		...stateDefaults,
		...editionDefaults(document.querySelector<HTMLElement>('.script-body')),
		...defaultsFromQuery(location.search, [...keyOfToken.keys()]),
	};
	for (const input of inputs) {
		const fallback = defaults[input.dataset['token'] ?? ''];
		if (fallback) input.placeholder = fallback;
	}

	const saved = loadFillIn(sessionStorage, localStorage);
	for (const input of inputs)
		input.value = stripBidiControls(saved.values[input.dataset['key']!] ?? '');
	remember.checked = saved.remember;

	/**
	 * What the reader typed in each field, without bidirectional control characters: one pasted into
	 * a name would make the rest of the script read backwards on screen.
	 */
	const values = (): FillInValues =>
		Object.fromEntries(inputs.map((i) => [i.dataset['key']!, stripBidiControls(i.value).trim()]));
	/** What to use for each field: the reader's value, else the edition's default for its token. */
	const filled = (): FillInValues =>
		Object.fromEntries(
			inputs.map((i) => [
				i.dataset['key']!,
				stripBidiControls(i.value).trim() || defaults[i.dataset['token'] ?? ''] || '',
			]),
		);

	function update() {
		const typed = values();
		for (const slot of slots) {
			const token = slot.dataset['token']!;
			const value = typed[slot.dataset['key']!] || defaults[token];
			slot.textContent = value || token;
			slot.classList.toggle('filled', Boolean(value));
		}
		const current = filled();
		const phone = buildPhoneLink(current[phoneKey] ?? '');
		if (callLink) {
			callLink.hidden = phone === undefined;
			if (callHint) callHint.hidden = phone !== undefined;
			if (phone) callLink.href = phone;
		}
		if (mailLink) {
			const words = scriptWords();
			const link = buildMailLink({
				to: current[emailKey] ?? '',
				subject: words.subject,
				body: words.body,
			});
			mailLink.href = link ?? 'mailto:';
			mailLink.dataset['tooLong'] = String(link === undefined);
		}
	}

	const save = () => saveFillIn(values(), remember.checked, sessionStorage, localStorage);
	form.addEventListener('input', (event) => {
		const field = event.target as HTMLInputElement | HTMLTextAreaElement;
		if (field.dataset['key'] && stripBidiControls(field.value) !== field.value)
			field.value = stripBidiControls(field.value);
		update();
		save();
	});
	form.querySelector('[data-action="forget"]')!.addEventListener('click', async () => {
		forgetFillIn(sessionStorage, localStorage);
		for (const input of inputs) input.value = '';
		remember.checked = false;
		update();
		(await actionLog()).forgetNamesInActions(localStorage);
		say(status, t.forgotten);
	});

	tools.querySelector('[data-action="copy"]')!.addEventListener('click', async () => {
		say(status, (await copy(scriptWords().text)) ? t.copied : t.copyFailed);
	});
	mailLink?.addEventListener('click', async (event) => {
		if (mailLink.dataset['tooLong'] !== 'true') return;
		event.preventDefault();
		const copied = await copy(scriptWords().text);
		say(status, copied ? t.tooLongCopied : t.copyFailed);
	});

	// Starts loading as the finger comes down, so the tap that follows saves without a wait.
	record.addEventListener('pointerdown', () => void actionLog(), { once: true });
	for (const button of record.querySelectorAll<HTMLButtonElement>('button[data-outcome]')) {
		button.addEventListener('click', async () => {
			const now = new Date();
			const official = filled()[officialKey];
			const noteField = record.querySelector<HTMLTextAreaElement>('textarea[name="action-note"]');
			const stance = record.querySelector<HTMLInputElement>(
				'input[name="action-stance"]:checked',
			)?.value;
			const typed = noteField?.value ?? '';
			const { addAction, cleanNote, localDateTime } = await actionLog();
			const note = cleanNote(typed);
			addAction(localStorage, {
				when: localDateTime(now),
				who: official ? `${roleTitle}: ${official}` : roleTitle,
				script: scriptTitle,
				path: location.pathname,
				outcome: button.dataset['outcome'] as ActionOutcome,
				...(stance ? { stance: stance as ActionStance } : {}),
				...(note ? { note } : {}),
			});
			if (noteField) noteField.value = '';
			say(record.querySelector<HTMLElement>('[role="status"]')!, t.recorded);
		});
	}

	form.hidden = false;
	tools.hidden = false;
	record.hidden = false;
	document.querySelector<HTMLElement>('.placeholder-table')?.setAttribute('hidden', '');
	update();
}

/** A local edition's placeholder values from `data-edition-defaults` (token → value); none if absent. */
function editionDefaults(body: HTMLElement | null): Record<string, string> {
	try {
		const parsed: unknown = JSON.parse(body?.dataset['editionDefaults'] ?? '{}');
		if (!parsed || typeof parsed !== 'object') return {};
		return Object.fromEntries(
			Object.entries(parsed).filter(
				(entry): entry is [string, string] => typeof entry[1] === 'string',
			),
		);
	} catch {
		return {};
	}
}

/** Puts each placeholder in the given blocks into its own span, so its text can be swapped. */
function wrapPlaceholders(roots: NodeListOf<Element>, keyOfToken: Map<string, string>) {
	const slots: HTMLElement[] = [];
	for (const root of roots) {
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
		const texts: Text[] = [];
		while (walker.nextNode()) texts.push(walker.currentNode as Text);
		for (const text of texts) {
			const value = text.nodeValue ?? '';
			const pattern = placeholdersIn();
			if (!pattern.test(value)) continue;
			pattern.lastIndex = 0;
			const parts = document.createDocumentFragment();
			let last = 0;
			for (const match of value.matchAll(pattern)) {
				parts.append(value.slice(last, match.index));
				const key = keyOfToken.get(match[0]);
				if (key) {
					const slot = document.createElement('span');
					slot.className = 'slot';
					slot.dataset['key'] = key;
					slot.dataset['token'] = match[0];
					slot.textContent = match[0];
					slots.push(slot);
					parts.append(slot);
				} else parts.append(match[0]);
				last = match.index + match[0].length;
			}
			parts.append(value.slice(last));
			text.replaceWith(parts);
		}
	}
	return slots;
}

/**
 * The words to send or say, as plain text: the script's first section (before its first heading,
 * or the section under it when the script opens with one, like "The email"). A "Subject:" line
 * becomes the subject. Lists keep their numbers.
 */
function scriptWords() {
	const body = document.querySelector('.script-body');
	const blocks = [...(body?.children ?? [])];
	const isHeading = (el: Element) =>
		el.tagName === 'H2' || el.querySelector(':scope > h2') !== null;
	const start = blocks[0] && isHeading(blocks[0]) ? 1 : 0;
	const end = blocks.findIndex((el, i) => i >= start && isHeading(el));
	let subject = '';
	const lines: string[] = [];
	for (const el of blocks.slice(start, end === -1 ? undefined : end)) {
		const text = (el as HTMLElement).innerText.trim();
		const subjectMatch = /^Subject:\s*(.*)$/s.exec(text);
		if (el.tagName === 'P' && subjectMatch) subject = subjectMatch[1]!.trim();
		else if (el.tagName === 'OL' || el.tagName === 'UL')
			lines.push(
				[...el.querySelectorAll(':scope > li')]
					.map(
						(li, i) =>
							`${el.tagName === 'OL' ? `${i + 1}.` : '-'} ${(li as HTMLElement).innerText.trim()}`,
					)
					.join('\n'),
			);
		else if (text) lines.push(text);
	}
	const text = lines.join('\n\n');
	return {
		subject,
		body: text,
		text: subject ? `${t.subject} ${subject}\n\n${text}` : text,
	};
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
