/**
 * Universal hooks (server and browser).
 * https://svelte.dev/docs/kit/hooks#Universal-hooks
 */
import type { Transport } from '@sveltejs/kit';
import { PrerenderedHtml } from '$lib/prerendered';

export const transport: Transport = {
	// Markup the browser keeps as the server rendered it: not sent a second time as data.
	PrerenderedHtml: {
		encode: (value) => value instanceof PrerenderedHtml && [],
		decode: () => new PrerenderedHtml()
	}
};
