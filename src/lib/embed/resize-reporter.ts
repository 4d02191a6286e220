/**
 * The embed's half of the sizing protocol (see messages.ts): posts the content height to the parent
 * page on load, whenever the content box changes size (a resize of the frame, a new chapter, an
 * opened disclosure), and when the parent asks. In a frame WordPress made from our oEmbed answer
 * (it gave us a secret), also in WordPress's own dialect, and again when its script says it is
 * ready (share/wordpress.ts). Browser only; does nothing outside a frame.
 */
import { asksForHeight, heightMessages, type HeightReport } from '../share/messages';
import { isWordPressReady, wordpressHeight } from '../share/wordpress';

export function reportHeight(
	element: HTMLElement,
	report: Omit<HeightReport, 'height'> & { wordpressSecret?: string }
): () => void {
	const parent = window.parent;
	if (parent === window) return () => {};
	const { wordpressSecret, ...dialects } = report;

	let sent = 0;
	const send = (force: boolean) => {
		const height = Math.ceil(element.getBoundingClientRect().height);
		if (height < 1 || (height === sent && !force)) return;
		sent = height;
		// "*": the host page's origin is unknown, and the messages carry only a height and our own URL.
		for (const message of heightMessages({ ...dialects, height })) parent.postMessage(message, '*');
		if (wordpressSecret) parent.postMessage(wordpressHeight(wordpressSecret, height), '*');
	};

	const observer = new ResizeObserver(() => send(false));
	observer.observe(element);
	const onLoad = () => send(true);
	const onMessage = (event: MessageEvent) => {
		if (event.source !== parent) return;
		if (asksForHeight(event.data, report.pymId)) send(true);
		else if (wordpressSecret && isWordPressReady(event.data, wordpressSecret)) send(true);
	};
	window.addEventListener('load', onLoad);
	window.addEventListener('message', onMessage);
	send(true);

	return () => {
		observer.disconnect();
		window.removeEventListener('load', onLoad);
		window.removeEventListener('message', onMessage);
	};
}
