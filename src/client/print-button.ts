/**
 * The Print button on sheets made to print (leave-behinds, the meeting kit): shown once this runs,
 * and it opens the browser's print dialog. Without JavaScript the button stays hidden and the line
 * beside it says how to print from the browser's menu.
 */
for (const bar of document.querySelectorAll<HTMLElement>('[data-print-bar]')) {
	const button = bar.querySelector<HTMLButtonElement>('button[data-print]');
	const hint = bar.querySelector<HTMLElement>('[data-print-hint]');
	if (!button) continue;
	button.addEventListener('click', () => window.print());
	button.hidden = false;
	if (hint) hint.hidden = true;
}
