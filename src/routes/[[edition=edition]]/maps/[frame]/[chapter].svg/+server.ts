/** Each chapter's static map, one SVG per frame and edition, prerendered to build/[<edition>/]maps/<frame>/<chapter>.svg. */
import { error } from '@sveltejs/kit';
import { renderStaticMaps, staticMap } from '$lib/server/static-maps';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = async () =>
	[...(await renderStaticMaps()).entries()].map(([key, map]) => {
		const edition = key.split('/')[0]!;
		return { ...(edition ? { edition } : {}), frame: map.frame, chapter: map.chapterId };
	});

export const GET: RequestHandler = async ({ params }) => {
	const map = await staticMap(params.edition ?? '', params.frame, params.chapter);
	if (!map) error(404, 'No such static map');
	return new Response(map.svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
