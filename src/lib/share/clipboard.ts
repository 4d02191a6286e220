/**
 * Copying text: the Clipboard API where the browser allows it (secure context, permission), else
 * the old select-and-copy, else the text is left selected for the reader to copy by hand.
 */
export type CopyResult = 'copied' | 'selected';

export async function copyText(
	text: string,
	field: HTMLInputElement | HTMLTextAreaElement
): Promise<CopyResult> {
	try {
		await navigator.clipboard.writeText(text);
		return 'copied';
	} catch {
		// No Clipboard API here (e.g. plain http, or permission refused): fall back.
	}
	field.focus();
	field.select();
	try {
		if (document.execCommand('copy')) return 'copied';
	} catch {
		// Old browsers throw instead of returning false.
	}
	return 'selected';
}
