/**
 * Every page's <html> gets its edition's language and writing direction (app.html's placeholders).
 * A story that does not validate shows its problems on the error page in the authors' preview
 * (`npm run dev`); a build stops on them anyway.
 * https://svelte.dev/docs/kit/hooks#Server-hooks-handle
 */
import type { Handle, HandleServerError } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { ValidationError } from '$lib/content/validation-error';
import { loadEdition } from '$lib/server/load-site';

export const handleError: HandleServerError = ({ error }) => ({
	message: dev && error instanceof ValidationError ? error.message : 'Internal Error'
});

export const handle: Handle = async ({ event, resolve }) => {
	const prefix = event.params.edition ?? '';
	const edition = await loadEdition(prefix).catch(() => undefined);
	const locale = edition?.info.locale ?? { lang: 'en', dir: 'ltr' };
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%story.lang%', locale.lang).replace('%story.dir%', locale.dir)
	});
};
