/**
 * The filter on `/wins/`: a state and a kind, applied to the list items' `data-state` and
 * `data-kind`. Without JavaScript the controls stay hidden and every win shows. The count line's
 * wording comes from the page (`data-shown`, with {shown} and {total}), so no strings module ships.
 */
export function startWinsFilter(filter: HTMLElement) {
	const items = [...document.querySelectorAll<HTMLElement>('[data-win]')];
	const status = filter.querySelector<HTMLElement>('[role="status"]');
	const template = filter.dataset['shown'] ?? '{shown} / {total}';
	const empty = filter.dataset['empty'] ?? '';
	const update = () => {
		const state = filter.querySelector<HTMLSelectElement>('select[name="state"]')?.value ?? '';
		const kind = filter.querySelector<HTMLSelectElement>('select[name="kind"]')?.value ?? '';
		let shown = 0;
		for (const item of items) {
			const match =
				(!state || item.dataset['state'] === state) && (!kind || item.dataset['kind'] === kind);
			item.hidden = !match;
			if (match) shown += 1;
		}
		if (status)
			status.textContent =
				shown === 0
					? empty
					: template.replace('{shown}', String(shown)).replace('{total}', String(items.length));
	};
	filter.addEventListener('change', update);
	filter.hidden = false;
	update();
}
