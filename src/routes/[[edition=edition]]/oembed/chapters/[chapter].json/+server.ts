import { error, json } from '@sveltejs/kit';
import { loadEdition } from '$lib/server/load-site';
import { chapterEntries } from '$lib/server/pages';
import { publicSiteUrl } from '$lib/server/public-site-url';
import { oembedResponse } from '$lib/share/oembed';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = chapterEntries;

export const GET: RequestHandler = async ({ params }) => {
	const edition = await loadEdition(params.edition);
	const chapter = edition?.story.chapters.find((c) => c.id === params.chapter);
	if (!edition || !chapter) error(404, `No chapter "${params.chapter}"`);
	return json(
		oembedResponse({
			siteUrl: publicSiteUrl(),
			target: { kind: 'chapter', id: chapter.id },
			storyTitle: edition.story.meta.title,
			byline: edition.story.meta.byline,
			description: chapter.summary,
			chapterTitle: chapter.title,
			editionPrefix: edition.info.prefix,
			strings: edition.info.strings
		})
	);
};
