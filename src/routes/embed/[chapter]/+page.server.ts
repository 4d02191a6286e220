import { error } from '@sveltejs/kit';
import { embedView } from '$lib/embed/embed-view';
import { chapterView } from '$lib/map/view';
import { loadSite } from '$lib/server/load-site';
import { placeDetails } from '$lib/story/place-index';
import { publicSiteUrl } from '$lib/server/public-site-url';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () => {
	const { story } = await loadSite();
	return story.chapters.map((chapter) => ({ chapter: chapter.id }));
};

/** Only what one chapter needs: its text, its sources, its view and the layers it shows. */
export const load: PageServerLoad = async ({ params }) => {
	const { story, manifest } = await loadSite();
	const chapter = story.chapters.find((c) => c.id === params.chapter);
	if (!chapter) error(404, `No chapter "${params.chapter}"`);
	const sourcesById = new Map(story.sources.map((source) => [source.id, source]));
	const layers = manifest.layers.filter((layer) => chapter.layers.includes(layer.id));
	// Details of every place on this map, for the panel a click opens.
	const places = placeDetails(layers, story.chapters, sourcesById);
	return {
		meta: story.meta,
		chapter,
		sources: chapter.sourceIds.map((id) => sourcesById.get(id)!),
		view: embedView(chapterView(chapter, manifest.layers)),
		layers,
		places,
		basemap: manifest.basemap,
		publicUrl: publicSiteUrl()
	};
};
