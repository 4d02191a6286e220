import { error, json } from '@sveltejs/kit';
import { loadEdition } from '$lib/server/load-site';
import { editionEntries } from '$lib/server/pages';
import { publicSiteUrl } from '$lib/server/public-site-url';
import { oembedResponse } from '$lib/share/oembed';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = editionEntries;

export const GET: RequestHandler = async ({ params }) => {
	const edition = await loadEdition(params.edition);
	if (!edition) error(404, 'No such edition');
	return json(
		oembedResponse({
			siteUrl: publicSiteUrl(),
			target: { kind: 'story' },
			storyTitle: edition.story.meta.title,
			byline: edition.story.meta.byline,
			description: edition.story.meta.description,
			editionPrefix: edition.info.prefix,
			strings: edition.info.strings
		})
	);
};
