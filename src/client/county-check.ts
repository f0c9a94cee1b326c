/**
 * "Check your county" on the home page, once JavaScript runs: the reader picks a state and a
 * county, and the answer (ICE's agreements and pending requests there, or none; what to ask under
 * the state's law; the script to use; the state's page) comes from the lookup file
 * (`data-src`, built by src/lib/county-lookup.ts), which the first visit saves, so it answers with
 * no signal too. Every value goes in through `textContent`. Without JavaScript the form stays
 * hidden and the state links below lead to each state's page.
 */
import { fillMessage, readStrings } from '../lib/client-message';
import type { CountyLookupText } from '../lib/client-text';
import type { CountyLookup, LookupState } from '../lib/county-lookup';

const form = document.querySelector<HTMLElement>('.county-lookup');
const t = readStrings<CountyLookupText | undefined>(form, undefined);
if (form && t) start(form, t);

/** An element with text. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, text = ''): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	element.textContent = text;
	return element;
}

/** A link with its text set as text. */
function link(href: string, text: string): HTMLAnchorElement {
	const a = el('a', text);
	a.href = href;
	return a;
}

/** The agencies of one list as a bulleted list: "Harris County Sheriff's Office (JEM)". */
function agencyList(agencies: [string, string][]): HTMLUListElement {
	const list = el('ul');
	for (const [agency, model] of agencies) list.append(el('li', `${agency} (${model})`));
	return list;
}

async function start(form: HTMLElement, t: CountyLookupText) {
	const stateSelect = form.querySelector<HTMLSelectElement>('select[name="state"]')!;
	const countySelect = form.querySelector<HTMLSelectElement>('select[name="county"]')!;
	const answer = form.querySelector<HTMLElement>('.county-lookup-answer')!;
	let lookup: CountyLookup;
	try {
		const response = await fetch(form.dataset['src'] ?? '');
		lookup = (await response.json()) as CountyLookup;
	} catch {
		answer.replaceChildren(el('p', t.failed));
		form.hidden = false;
		return;
	}
	const byCode = new Map(lookup.states.map((state) => [state.code, state]));

	const fillCounties = (state: LookupState | undefined) => {
		const choose = el('option', t.choose);
		choose.value = '';
		countySelect.replaceChildren(
			choose,
			...(state?.counties ?? []).map(([name, slug]) => {
				const option = el('option', name);
				option.value = slug;
				return option;
			}),
		);
		countySelect.disabled = !state;
		answer.replaceChildren();
	};

	const show = (state: LookupState, slug: string) => {
		const county = state.counties.find(([, s]) => s === slug);
		if (!county) return answer.replaceChildren();
		const [name, , agreements, pending] = county;
		const parts: HTMLElement[] = [el('h3', `${name}, ${state.name}`)];
		if (agreements.length > 0) parts.push(el('p', t.agreements), agencyList(agreements));
		if (pending.length > 0) parts.push(el('p', t.pending), agencyList(pending));
		if (agreements.length + pending.length === 0) parts.push(el('p', t.none));
		if (state.statewide.length > 0) parts.push(el('p', t.statewide), agencyList(state.statewide));
		if (state.asks.length > 0) {
			const asks = el('p', `${fillMessage(t.ask, { state: state.name })} `);
			state.asks.forEach(([title, path], index) => {
				if (index > 0) asks.append('; ');
				asks.append(link(path, title));
			});
			parts.push(asks);
		}
		if (state.script) {
			const script = el('p', `${t.script} `);
			script.append(link(state.script[1], state.script[0]));
			parts.push(script);
		}
		const page = el('p');
		page.append(link(`${state.page}#${slug}`, fillMessage(t.statePage, { state: state.name })));
		parts.push(page, el('p', `${t.asOf} ${lookup.asOf}.`));
		answer.replaceChildren(...parts);
	};

	stateSelect.addEventListener('change', () => fillCounties(byCode.get(stateSelect.value)));
	countySelect.addEventListener('change', () => {
		const state = byCode.get(stateSelect.value);
		if (state) show(state, countySelect.value);
	});
	fillCounties(byCode.get(stateSelect.value));
	form.hidden = false;
}
