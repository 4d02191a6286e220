/** The story's self-hosted fonts and their licences (story.yaml `fonts`), prerendered to build/fonts/. */
import { error } from '@sveltejs/kit';
import { loadSite } from '$lib/server/load-site';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = async () =>
	[...(await loadSite()).fonts.values()].map((asset) => ({ file: asset.name }));

export const GET: RequestHandler = async ({ params }) => {
	const asset = [...(await loadSite()).fonts.values()].find((a) => a.name === params.file);
	if (!asset) error(404, 'No such font');
	return new Response(new Uint8Array(asset.bytes), {
		headers: { 'content-type': asset.type }
	});
};
