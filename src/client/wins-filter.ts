/**
 * The filter on `/wins/`: a state and a kind, applied to the list items' `data-state` and
 * `data-kind`. Without JavaScript the controls stay hidden and every win shows. The count line's
 * wording comes from the page (`data-shown`, with {shown} and {total}), so no strings module ships.
 */
export function startWinsFilter(form: HTMLFormElement) {
	const items = [...document.querySelectorAll<HTMLElement>('[data-win]')];
	const status = form.querySelector<HTMLElement>('[role="status"]');
	const template = form.dataset['shown'] ?? '{shown} / {total}';
	const empty = form.dataset['empty'] ?? '';
	const update = () => {
		const data = new FormData(form);
		const state = String(data.get('state') ?? '');
		const kind = String(data.get('kind') ?? '');
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
	form.addEventListener('change', update);
	form.addEventListener('submit', (event) => event.preventDefault());
	form.hidden = false;
	update();
}
