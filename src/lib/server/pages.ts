/**
 * The data each kind of page receives, for one edition: built once at build time, so the browser
 * computes no camera and loads no more than the page shows. Build time only.
 */
import { error } from '@sveltejs/kit';
import type { Chapter } from '../content/schema';
import { embedView } from '../embed/embed-view';
import type { ManifestLayer } from '../geodata/manifest';
import { chapterView } from '../map/view';
import type { ChapterEmbedData, PageChapter, PageStory, StoryPageData } from '../reader/story-page';
import { loadSite, type EditionSite } from './load-site';
import { publicSiteUrl } from './public-site-url';
import { staticMapImages } from './static-maps';

/** How a page frames chapters: the story page's map, or an embed's smaller one. */
type Framing = 'story' | 'embed';

function withView(chapter: Chapter, layers: readonly ManifestLayer[], framing: Framing): PageChapter {
	const view = chapterView(chapter, layers);
	return { ...chapter, view: framing === 'embed' ? embedView(view) : view };
}

async function edition(prefix: string | undefined): Promise<EditionSite> {
	const found = (await loadSite()).editions.find((e) => e.info.prefix === (prefix ?? ''));
	if (!found) error(404, `No edition "${prefix}"`);
	return found;
}

function pageStory(site: EditionSite, framing: Framing): PageStory {
	const { meta, chapters, sources } = site.story;
	return {
		meta: {
			title: meta.title,
			subtitle: meta.subtitle,
			description: meta.description,
			byline: meta.byline,
			updated: meta.updated
		},
		chapters: chapters.map((chapter) => withView(chapter, site.layers, framing)),
		sources
	};
}

/** The story page (`framing: 'story'`) and the whole-story embed (`'embed'`). */
export async function storyPageData(prefix: string | undefined, framing: Framing): Promise<StoryPageData> {
	const site = await edition(prefix);
	const { manifest, drawPlans } = await loadSite();
	const story = pageStory(site, framing);
	return {
		edition: site.info,
		publicUrl: publicSiteUrl(),
		story,
		layers: site.layers,
		basemap: manifest.basemap,
		drawPlans,
		staticMaps: await staticMapImages(
			site.info.prefix,
			story.chapters.map((c) => c.id)
		)
	};
}

/** One chapter's embed: that chapter, its layers and sources, and the others as references. */
export async function chapterEmbedData(
	prefix: string | undefined,
	chapterId: string
): Promise<ChapterEmbedData> {
	const site = await edition(prefix);
	const { manifest } = await loadSite();
	const story = pageStory(site, 'embed');
	const chapter = story.chapters.find((c) => c.id === chapterId);
	if (!chapter) error(404, `No chapter "${chapterId}"`);
	const layers = site.layers.filter((layer) => chapter.layers.includes(layer.id));
	const placeSources = new Set(layers.flatMap((l) => l.features.flatMap((f) => f.properties.sources)));
	return {
		edition: site.info,
		publicUrl: publicSiteUrl(),
		meta: story.meta,
		chapter,
		chapters: story.chapters.map(({ id, title, view, layers, places, draw, description }) => ({
			id,
			title,
			view,
			layers,
			places,
			...(draw ? { draw } : {}),
			description
		})),
		sources: story.sources.filter((s) => chapter.sourceIds.includes(s.id) || placeSources.has(s.id)),
		layers,
		basemap: manifest.basemap,
		staticMaps: await staticMapImages(site.info.prefix, [chapter.id])
	};
}

/** The ids of every chapter, for prerendering each edition's chapter pages. */
export async function chapterEntries(): Promise<{ edition?: string; chapter: string }[]> {
	const { editions } = await loadSite();
	return editions.flatMap((site) =>
		site.story.chapters.map((chapter) => ({
			...(site.info.prefix ? { edition: site.info.prefix } : {}),
			chapter: chapter.id
		}))
	);
}

/** Every edition's path prefix, for prerendering each edition's pages. */
export async function editionEntries(): Promise<{ edition?: string }[]> {
	const { editions } = await loadSite();
	return editions.map((site) => (site.info.prefix ? { edition: site.info.prefix } : {}));
}
