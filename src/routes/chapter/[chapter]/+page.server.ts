import { error } from '@sveltejs/kit';
import { loadSite } from '$lib/server/load-site';
import { publicSiteUrl } from '$lib/server/public-site-url';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () => {
	const { story } = await loadSite();
	return story.chapters.map((chapter) => ({ chapter: chapter.id }));
};

export const load: PageServerLoad = async ({ params }) => {
	const { story } = await loadSite();
	const chapter = story.chapters.find((c) => c.id === params.chapter);
	if (!chapter) error(404, `No chapter "${params.chapter}"`);
	return {
		meta: story.meta,
		chapter: { id: chapter.id, title: chapter.title, description: chapter.description },
		publicUrl: publicSiteUrl()
	};
};
