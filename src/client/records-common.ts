/**
 * What the records page's two scripts share: the letter form (`records-page.ts`) and the list of
 * requests sent (`records-list.ts`, loaded when it has something to show).
 */
import type { RecordsLawFacts } from '../lib/records-letters';

/** Today on the phone's clock, YYYY-MM-DD. */
export function today(): string {
	const now = new Date();
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A state option's records law, as the page wrote it in data attributes. */
export function lawOf(option: HTMLOptionElement | undefined | null): RecordsLawFacts | undefined {
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

export async function copy(text: string) {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

export function say(status: HTMLElement, message: string) {
	status.textContent = '';
	requestAnimationFrame(() => (status.textContent = message));
}
