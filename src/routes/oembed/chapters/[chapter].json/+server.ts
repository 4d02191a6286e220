import { error, json } from '@sveltejs/kit';
import { oembedResponse } from '$lib/embed/oembed';
import { loadSite } from '$lib/server/load-site';
import { publicSiteUrl } from '$lib/server/public-site-url';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = async () => {
	const { story } = await loadSite();
	return story.chapters.map((chapter) => ({ chapter: chapter.id }));
};

export const GET: RequestHandler = async ({ params }) => {
	const { story } = await loadSite();
	const chapter = story.chapters.find((c) => c.id === params.chapter);
	if (!chapter) error(404, `No chapter "${params.chapter}"`);
	return json(
		oembedResponse({
			siteUrl: publicSiteUrl(),
			target: { kind: 'chapter', id: chapter.id },
			storyTitle: story.meta.title,
			byline: story.meta.byline,
			chapterTitle: chapter.title
		})
	);
};
