/** Offers a file made on the phone (a Blob: no network) for download under `name`. */
export function downloadFile(text: string, type: string, name: string) {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
