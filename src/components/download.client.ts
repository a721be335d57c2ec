// One way for the browser tools to hand the reader a file they made in the page (a progress
// export, a health check as Markdown, a calendar invite): nothing is sent anywhere.

/** Offers `text` as a file called `name`, then frees the temporary address. */
export function downloadText(text: string, name: string, type: string) {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
