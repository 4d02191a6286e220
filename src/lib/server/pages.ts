/**
 * The data each kind of page receives, for one edition: built once at build time, so the browser
 * computes no camera and loads no more than the page shows. Build time only.
 */
import { error } from '@sveltejs/kit';
import type { Chapter } from '../content/schema';
import { embedView } from '../embed/embed-view';
import type { ManifestLayer } from '../geodata/manifest';
import { chapterView } from '../map/view';
import { PageText } from '../i18n/page-text';
import type {
	ChapterEmbedData,
	PageChapter,
	PageStory,
	StoryPage,
	StoryPageData
} from '../reader/story-page';
import BackMatter from '../story/BackMatter.svelte';
import ChapterNotes from '../story/ChapterNotes.svelte';
import { PrerenderedHtml } from '../prerendered';
import { loadSite, type EditionSite } from './load-site';
import { publicSiteUrl } from './public-site-url';
import { staticHtml } from './static-html';
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
	const { meta, chapters, sources, sides, corrections } = site.story;
	return {
		meta: {
			title: meta.title,
			subtitle: meta.subtitle,
			description: meta.description,
			byline: meta.byline,
			updated: meta.updated
		},
		chapters: chapters.map((chapter) => withView(chapter, site.layers, framing)),
		sources,
		sides,
		corrections
	};
}

/** The ids of the sources the layers' features cite (a place's details list them). */
function placeSourceIds(layers: readonly ManifestLayer[]): Set<string> {
	return new Set(layers.flatMap((l) => l.features.flatMap((f) => f.properties.sources)));
}

/**
 * The story page: the data its scripts need (chapters as the reader state knows them, the places'
 * sources, layers, posters), and its text as HTML rendered at build time, which reaches the browser
 * once, as HTML, and is never rendered there again (../prerendered.ts). The edition and the
 * public address come from the layout.
 */
export async function storyPage(prefix: string | undefined): Promise<StoryPage> {
	const site = await edition(prefix);
	const { manifest, drawPlans } = await loadSite();
	const story = pageStory(site, 'story');
	const text = new PageText(site.info.strings, site.info.locale);
	const staticMaps = await staticMapImages(
		site.info.prefix,
		story.chapters.map((c) => c.id)
	);
	const sourcesById = new Map(story.sources.map((source) => [source.id, source]));
	const cited = placeSourceIds(site.layers);
	return {
		meta: story.meta,
		chapters: story.chapters.map(
			({ id, title, date, year, lang, view, layers, places, draw, description }) => ({
				id,
				title,
				...(date ? { date } : {}),
				...(year !== undefined ? { year } : {}),
				...(lang ? { lang } : {}),
				view,
				layers,
				places,
				...(draw ? { draw } : {}),
				description
			})
		),
		sources: story.sources.filter((source) => cited.has(source.id)),
		layers: site.layers,
		basemap: manifest.basemap,
		drawPlans,
		posters: Object.fromEntries(Object.entries(staticMaps).map(([id, { poster }]) => [id, { poster }])),
		text: {
			chapters: Object.fromEntries(
				story.chapters.map((chapter) => [
					chapter.id,
					{
						prose: new PrerenderedHtml(() => chapter.html),
						notes: staticHtml(
							ChapterNotes,
							{
								chapterId: chapter.id,
								description: chapter.description,
								sources: chapter.sourceIds.map((id) => sourcesById.get(id)!),
								corrections: chapter.corrections,
								figure: staticMaps[chapter.id]?.figure
							},
							text
						)
					}
				])
			),
			backMatter: staticHtml(
				BackMatter,
				{
					corrections: story.corrections,
					chapters: story.chapters.map(({ id, title }) => ({ id, title })),
					sources: story.sources,
					sides: story.sides,
					edition: site.info
				},
				text
			)
		}
	};
}

/** The whole-story embed: the story as its stepper renders it, in the browser. */
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
