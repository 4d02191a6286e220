/**
 * WordPress's own embed protocol, which its wp-embed.js speaks with every oEmbed frame it sandboxes
 * (wp-includes/js/wp-embed.js, WordPress 4.4 to 6.x). Pure.
 *
 * WordPress gives the frame a secret in its URL (`#?secret=Ab12Cd34Ef`) and listens for
 * `{ message: 'height', value, secret }` (it keeps the frame between 200 and 1,000 px high) and
 * `{ message: 'link', value, secret }` (it opens the URL in the top window, only when the URL is on
 * the frame's own host and the frame has the focus). When its script loads after the frame, it sends
 * `{ message: 'ready', secret }`, to which the frame answers with its height.
 */

/** The highest height WordPress gives an oEmbed frame; more scrolls inside the frame. */
export const WORDPRESS_MAX_HEIGHT = 1000;

/** What a secret looks like (wp-embed.js refuses anything else). */
const SECRET = /^[A-Za-z0-9]{1,64}$/;

export interface WordPressMessage {
	message: 'height' | 'link';
	value: number | string;
	secret: string;
}

/** The secret WordPress put in the frame's URL fragment (`#?secret=…`), or undefined. */
export function wordpressSecret(hash: string): string | undefined {
	const match = /^#\?(.*)$/.exec(hash);
	if (!match) return undefined;
	const secret = new URLSearchParams(match[1]).get('secret');
	return secret !== null && SECRET.test(secret) ? secret : undefined;
}

export function wordpressHeight(secret: string, height: number): WordPressMessage {
	return { message: 'height', value: Math.ceil(height), secret };
}

/** Asks WordPress to open `url` (absolute, on the embed's own host) in the top window. */
export function wordpressLink(secret: string, url: string): WordPressMessage {
	return { message: 'link', value: url, secret };
}

/** Whether a message is WordPress's `ready` for this frame's secret. */
export function isWordPressReady(data: unknown, secret: string): boolean {
	if (typeof data !== 'object' || data === null) return false;
	const record = data as Record<string, unknown>;
	return record.message === 'ready' && record.secret === secret;
}
