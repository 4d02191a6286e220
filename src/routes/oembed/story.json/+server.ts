import { json } from '@sveltejs/kit';
import { oembedResponse } from '$lib/embed/oembed';
import { loadSite } from '$lib/server/load-site';
import { publicSiteUrl } from '$lib/server/public-site-url';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = async () => {
	const { story } = await loadSite();
	return json(
		oembedResponse({
			siteUrl: publicSiteUrl(),
			target: { kind: 'story' },
			storyTitle: story.meta.title,
			byline: story.meta.byline
		})
	);
};
