/**
 * A national script page for the reader's state, once JavaScript runs. The page carries, on
 * `.state-fit` (`data-states`), how the script fits each state by postal code (built by
 * `getScriptInEachState` in src/lib/handbook.ts). The state is the page's `?state=` (a link from a
 * state's page) or the one the reader chose to remember. Then the note at the top says whether the
 * script fits that state, and, where state law rules it out, links the scripts that fit there; and
 * `[STATE]` / `[STATE LAW]` take that state's values (what the reader types still wins). Text goes
 * in through `textContent` only.
 */
import { chooseReaderState, loadReaderState } from '../lib/reader-state-store';
import { fillMessage, readStrings } from '../lib/client-message';
import type { ScriptStateText } from '../lib/client-text';

/** How the script fits one state (see `ScriptInState` in src/lib/handbook.ts). */
interface ScriptInState {
	id: string;
	name: string;
	instead?: string[];
	defaults?: Record<string, string>;
}

/** What `.state-fit` carries (see `getScriptInEachState` in src/lib/handbook.ts). */
interface StateFit {
	role: string;
	statePage: string;
	scriptPage: string;
	titles: Record<string, string>;
	states: Record<string, ScriptInState>;
}

/** The data from `data-states`; undefined when absent or malformed. */
function readStateFit(box: HTMLElement | null): StateFit | undefined {
	try {
		const parsed = JSON.parse(box?.dataset['states'] ?? 'null') as StateFit | null;
		return parsed && typeof parsed.states === 'object' ? parsed : undefined;
	} catch {
		return undefined;
	}
}

/** A link with its text set as text. */
function link(href: string, text: string): HTMLAnchorElement {
	const a = document.createElement('a');
	a.href = href;
	a.textContent = text;
	return a;
}

/** Fills the note for one state: fits, or ruled out with the scripts that fit and the state's page. */
function showNote(
	box: HTMLElement,
	fit: StateFit,
	code: string,
	state: ScriptInState,
	t: ScriptStateText,
) {
	const name = { state: state.name };
	const message = document.createElement('p');
	box.replaceChildren(message);
	box.dataset['fits'] = String(state.instead === undefined);
	if (state.instead === undefined) message.textContent = fillMessage(t.fits, name);
	else {
		message.textContent =
			state.instead.length > 0 ? fillMessage(t.ruledOut, name) : fillMessage(t.noneFits, name);
		const list = document.createElement('ul');
		for (const id of state.instead) {
			const item = document.createElement('li');
			const href = fit.scriptPage.replace('{script}', id).replace('{code}', code);
			item.append(link(href, fit.titles[id] ?? id));
			list.append(item);
		}
		if (state.instead.length > 0) box.append(list);
	}
	const page = document.createElement('p');
	page.append(
		link(
			fit.statePage.replace('{state}', state.id),
			fillMessage(t.statePage, { role: fit.role, state: state.name }),
		),
	);
	box.append(page);
	box.hidden = false;
}

/**
 * Shows the note for the reader's state and returns that state's placeholder values (token →
 * value), or none when no state is chosen.
 */
export function applyReaderState(): Record<string, string> {
	const box = document.querySelector<HTMLElement>('.state-fit');
	const fit = readStateFit(box);
	const t = readStrings<ScriptStateText | undefined>(box, undefined);
	if (!box || !fit || !t) return {};
	const code = chooseReaderState(
		location.search,
		loadReaderState(localStorage),
		new Set(Object.keys(fit.states)),
	);
	const state = code ? fit.states[code] : undefined;
	if (!code || !state) return {};
	showNote(box, fit, code, state, t);
	return state.defaults ?? {};
}
