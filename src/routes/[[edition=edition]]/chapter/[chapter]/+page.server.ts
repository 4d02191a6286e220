import { error } from '@sveltejs/kit';
import { loadEdition } from '$lib/server/load-site';
import { chapterEntries } from '$lib/server/pages';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = chapterEntries;

export const load: PageServerLoad = async ({ params }) => {
	const edition = await loadEdition(params.edition);
	const chapter = edition?.story.chapters.find((c) => c.id === params.chapter);
	if (!edition || !chapter) error(404, `No chapter "${params.chapter}"`);
	return {
		meta: { title: edition.story.meta.title },
		chapter: {
			id: chapter.id,
			title: chapter.title,
			description: chapter.description,
			summary: chapter.summary
		}
	};
};
