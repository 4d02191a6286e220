/**
 * What the pages of an edition receive (built at build time by src/lib/server/pages.ts): the
 * story's words, each chapter with its map view already resolved, the layers and the basemap.
 */
import type { Chapter, ShownCorrection, Side, Source, StoryMeta } from '../content/schema';
import type { BasemapManifest, ManifestLayer } from '../geodata/manifest';
import type { EditionInfo } from '../i18n/edition';
import type { DrawPlan } from '../map/route-drawing';
import type { MapView } from '../map/view';
import type { StaticMapPosters, StaticMaps } from '../static-map/frames';
import type { PrerenderedHtml } from '../prerendered';

/** A chapter with its map view (each page kind frames it for its own map: see embed-view.ts). */
export type PageChapter = Chapter & { view: MapView };

/** The story as a page shows it. */
export interface PageStory {
	meta: Pick<StoryMeta, 'title' | 'subtitle' | 'description' | 'byline' | 'updated'>;
	chapters: PageChapter[];
	/** Every source the page cites, numbered as in the story. */
	sources: Source[];
	/** The sides that mark its sources, with what each mark means. */
	sides: Side[];
	/** Every correction and update, newest first. */
	corrections: ShownCorrection[];
}

/** Every page that shows the map: the edition, the story layers it draws, the basemap. */
export interface MapPageData {
	edition: EditionInfo;
	/** Absolute URL of the deployed site (PUBLIC_SITE_URL), for link previews and oEmbed. */
	publicUrl: string;
	layers: ManifestLayer[];
	basemap: BasemapManifest;
	/** Each shown chapter's prerendered static maps. */
	staticMaps: StaticMaps;
}

/** The story page, and the whole-story embed. */
export interface StoryPageData extends MapPageData {
	story: PageStory;
	drawPlans: DrawPlan[];
}

/** One chapter's embed: the chapter in full, the others only as the reader state needs them. */
export interface ChapterEmbedData extends MapPageData {
	meta: PageStory['meta'];
	chapter: PageChapter;
	/** Every chapter, for the places' "in the story" links. */
	chapters: Pick<PageChapter, 'id' | 'title' | 'view' | 'layers' | 'places' | 'draw' | 'description'>[];
	/** The chapter's sources and its places' sources. */
	sources: Source[];
}

/**
 * A chapter as the story page's scripts know it: what the reader state, the timeline and the
 * chapter's own controls need. Its text, sources and corrections are in the page's HTML only
 * (StoryPageText).
 */
export type StoryPageChapter = Pick<
	PageChapter,
	'id' | 'title' | 'date' | 'year' | 'lang' | 'view' | 'layers' | 'places' | 'draw' | 'description'
>;

/** The story page's text, rendered at build time and kept by the browser as it is (prerendered.ts). */
export interface StoryPageText {
	/** Each chapter's text, and what follows its places: static map, caption, sources, corrections. */
	chapters: Record<string, { prose: PrerenderedHtml; notes: PrerenderedHtml }>;
	/** The corrections log, every source, the credits. */
	backMatter: PrerenderedHtml;
}

/**
 * The story page (the edition and its public address come from the layout). Its data is what the
 * page's scripts need; everything only read is in `text`, which reaches the browser as HTML only.
 */
export interface StoryPage {
	meta: PageStory['meta'];
	chapters: StoryPageChapter[];
	/** The sources its places cite (their details list them), numbered as in the story. */
	sources: Source[];
	layers: ManifestLayer[];
	basemap: BasemapManifest;
	drawPlans: DrawPlan[];
	/** Each chapter's static map in the map's place. */
	posters: StaticMapPosters;
	text: StoryPageText;
}
