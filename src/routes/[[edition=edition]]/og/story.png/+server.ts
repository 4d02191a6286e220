/** The story's link-preview picture, prerendered to build/[<edition>/]og/story.png. */
import { error } from '@sveltejs/kit';
import { editionEntries } from '$lib/server/pages';
import { renderSocialImages, socialImageKey } from '$lib/server/social-images';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = editionEntries;

export const GET: RequestHandler = async ({ params }) => {
	const image = (await renderSocialImages()).get(socialImageKey(params.edition ?? '', { kind: 'story' }));
	if (!image) error(404, 'No such edition');
	return new Response(image.png as Uint8Array<ArrayBuffer>, { headers: { 'content-type': 'image/png' } });
};
