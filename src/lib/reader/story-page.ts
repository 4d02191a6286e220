/**
 * What the pages of an edition receive (built at build time by src/lib/server/pages.ts): the
 * story's words, each chapter with its map view already resolved, the layers and the basemap.
 */
import type { Chapter, ShownCorrection, Side, Source, StoryMeta } from '../content/schema';
import type { BasemapManifest, ManifestLayer } from '../geodata/manifest';
import type { EditionInfo } from '../i18n/edition';
import type { DrawPlan } from '../map/route-drawing';
import type { MapView } from '../map/view';
import type { StaticMaps } from '../static-map/frames';

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
