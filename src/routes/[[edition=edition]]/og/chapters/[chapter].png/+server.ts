/** A chapter's link-preview picture, prerendered to build/[<edition>/]og/chapters/<chapter>.png. */
import { error } from '@sveltejs/kit';
import { chapterEntries } from '$lib/server/pages';
import { renderSocialImages, socialImageKey } from '$lib/server/social-images';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = chapterEntries;

export const GET: RequestHandler = async ({ params }) => {
	const target = { kind: 'chapter' as const, id: params.chapter };
	const image = (await renderSocialImages()).get(socialImageKey(params.edition ?? '', target));
	if (!image) error(404, `No chapter "${params.chapter}"`);
	return new Response(image.png as Uint8Array<ArrayBuffer>, { headers: { 'content-type': 'image/png' } });
};
