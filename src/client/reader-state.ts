/**
 * "Remember my state on this phone", once JavaScript runs. Pages for one state carry a
 * `.state-memory` box (`data-state-code`, `data-state-name`) with a button to remember it; pages
 * for every state carry a `.state-versions` list of links, each with `data-state-code`, and a
 * `.remembered-state` line that this script fills with the link for the remembered state. Both carry
 * their interface text in `data-strings` (src/lib/client-text.ts). All text
 * goes in through `textContent`. Without JavaScript the boxes stay hidden and the lists are plain
 * links.
 */
import { forgetReaderState, loadReaderState, saveReaderState } from '../lib/reader-state-store';
import { fillMessage, readStrings } from '../lib/client-message';
import type { StateMemoryText } from '../lib/client-text';

/** The interface text a component put on `element` (`data-strings`), or undefined. */
const textOf = (element: HTMLElement) =>
	readStrings<StateMemoryText | undefined>(element, undefined);

/** Shows, on a page for every state, a link to the remembered state's version, with "Forget". */
function showRememberedVersion(line: HTMLElement) {
	const t = textOf(line);
	if (!t) return;
	const code = loadReaderState(localStorage);
	const list = line.closest('.state-versions') ?? document;
	const link = code ? list.querySelector<HTMLAnchorElement>(`a[data-state-code="${code}"]`) : null;
	line.replaceChildren();
	line.hidden = link === null;
	if (!link) return;
	const label = document.createElement('strong');
	label.textContent = fillMessage(t.yourVersion, {
		state: link.dataset['stateName'] ?? link.textContent ?? '',
	});
	const copy = document.createElement('a');
	copy.href = link.getAttribute('href') ?? link.href;
	copy.textContent = link.dataset['versionTitle'] ?? link.textContent ?? '';
	const forget = document.createElement('button');
	forget.type = 'button';
	forget.textContent = t.forget;
	forget.addEventListener('click', () => {
		forgetReaderState(localStorage);
		line.replaceChildren();
		line.textContent = t.forgotten;
	});
	line.append(label, ' ', copy, ' ', forget);
}

/** On a page for one state: the button to remember it, or what is remembered, with "Forget". */
function enhanceMemory(box: HTMLElement) {
	const t = textOf(box);
	if (!t) return;
	const code = box.dataset['stateCode'] ?? '';
	const name = box.dataset['stateName'] ?? '';
	const status = box.querySelector<HTMLElement>('[role="status"]')!;
	const rememberButton = box.querySelector<HTMLButtonElement>('button[data-action="remember"]')!;
	const forgetButton = box.querySelector<HTMLButtonElement>('button[data-action="forget"]')!;
	const render = (message?: string) => {
		const remembered = loadReaderState(localStorage) === code;
		rememberButton.hidden = remembered;
		forgetButton.hidden = !remembered;
		status.textContent = message ?? (remembered ? fillMessage(t.remembered, { state: name }) : '');
	};
	rememberButton.addEventListener('click', () => {
		saveReaderState(code, localStorage);
		render();
	});
	forgetButton.addEventListener('click', () => {
		forgetReaderState(localStorage);
		render(t.forgotten);
	});
	box.hidden = false;
	render();
}

for (const box of document.querySelectorAll<HTMLElement>('.state-memory')) enhanceMemory(box);
for (const line of document.querySelectorAll<HTMLElement>('.remembered-state'))
	showRememberedVersion(line);
