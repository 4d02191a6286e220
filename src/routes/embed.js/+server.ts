/** /embed.js: the host page's script, served exactly as written in lib/embed/parent.js. */
import source from '$lib/embed/parent.js?raw';

export const prerender = true;

export function GET(): Response {
	return new Response(source, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
