/**
 * Every page's <html> gets its edition's language and writing direction (app.html's placeholders).
 * https://svelte.dev/docs/kit/hooks#Server-hooks-handle
 */
import type { Handle } from '@sveltejs/kit';
import { loadEdition } from '$lib/server/load-site';

export const handle: Handle = async ({ event, resolve }) => {
	const prefix = event.params.edition ?? '';
	const edition = await loadEdition(prefix).catch(() => undefined);
	const locale = edition?.info.locale ?? { lang: 'en', dir: 'ltr' };
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%story.lang%', locale.lang).replace('%story.dir%', locale.dir)
	});
};
