/**
 * Links out of a frame WordPress sandboxed (`sandbox="allow-scripts"`: no popups, no navigating the
 * top window). The frame's own links would do nothing there, so each click is handed to
 * WordPress's wp-embed.js as a `link` message, which opens the URL in the top window, as a link
 * in the article would. WordPress opens only URLs on the frame's own host: a link to another site
 * (a source) opens the story page at that source's entry in the list, where its link works.
 * Browser only.
 */
import { wordpressLink } from '../share/wordpress';

export function routeLinksThroughWordPress(
	root: HTMLElement,
	secret: string,
	/** The story page at the chapter shown, absolute. */
	storyAt: () => string
): () => void {
	const onClick = (event: MouseEvent) => {
		if (event.defaultPrevented || event.button !== 0) return;
		const anchor = (event.target as Element | null)?.closest?.('a[href]');
		if (!(anchor instanceof HTMLAnchorElement) || !root.contains(anchor)) return;
		const url = new URL(anchor.href, window.location.href);
		if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
		// A link within this page (a footnote) works as it is.
		if (url.href.split('#')[0] === window.location.href.split('#')[0] && anchor.target !== '_blank') return;
		event.preventDefault();
		let target = url.href;
		if (url.host !== window.location.host) {
			const entry = anchor.closest('li[id]');
			const story = new URL(storyAt());
			if (entry) story.hash = entry.id;
			target = story.href;
		}
		window.parent.postMessage(wordpressLink(secret, target), '*');
	};
	root.addEventListener('click', onClick);
	return () => root.removeEventListener('click', onClick);
}
