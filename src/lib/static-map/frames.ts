/**
 * The nominal boxes static maps are drawn for: the map strip of the stacked (phone) layout, the map
 * column of the desktop layout (narrow and wide windows), and a figure in the text column (no
 * JavaScript, print). Each chapter gets one SVG per frame, framed as the live map frames that
 * chapter in a box of this size. See docs/static-maps.md.
 * Shared by the server (drawing) and the page (choosing); no drawing here.
 */
import { STACKED_LAYOUT } from '../layout';

export type StaticMapFrameId = 'stacked' | 'narrow' | 'wide' | 'figure';

export interface StaticMapFrame {
	id: StaticMapFrameId;
	/** Nominal box in CSS pixels. */
	width: number;
	height: number;
	/** Media query for which this frame is chosen over the next one in a <picture>. */
	media?: string;
}

export const STATIC_MAP_FRAMES: readonly StaticMapFrame[] = [
	// The map under the timeline rail in the stacked strip (46svh with the rail, app.css): 338 px on
	// a 390 × 844 phone. Screens only: a printed page is as narrow, but prints the frames made for it
	// (and fetches nothing more).
	{ id: 'stacked', width: 390, height: 338, media: `screen and ${STACKED_LAYOUT}` },
	// The sticky map column (under the rail) next to the text on a small desktop (1024 × 768), for
	// windows up to 1180 px wide (media queries count 16 px to the rem).
	{ id: 'narrow', width: 387, height: 718, media: 'screen and (max-width: 73.75rem)' },
	// The sticky map column (under the rail) next to the text at 1280 × 800.
	{ id: 'wide', width: 642, height: 750 },
	// A figure as wide as the text column; printed about 12 cm wide.
	{ id: 'figure', width: 600, height: 420 }
];

/** The frames in the map's place (the poster), and in the chapter text (no JavaScript, print). */
export const POSTER_FRAMES: readonly StaticMapFrameId[] = ['stacked', 'narrow', 'wide'];
export const FIGURE_FRAMES: readonly StaticMapFrameId[] = ['stacked', 'figure'];

/**
 * Map drawn beyond the nominal box on every side, as a share of its width and height. The SVG keeps
 * its view whole in any box (`preserveAspectRatio="xMidYMid meet"`), so a box of another shape
 * shows some of this margin instead of empty space.
 */
export const BLEED = 0.3;

/** One prerendered static map, as the page references it. */
export interface StaticMapImage {
	frame: StaticMapFrameId;
	/** Site-relative URL with a content hash, e.g. `maps/wide/harbour.svg?v=1a2b3c4d5e`. */
	src: string;
	width: number;
	height: number;
	media?: string;
}

/**
 * Chapter id → its static maps as the page shows them, each list ready for a <picture> (the last
 * image is the default): in the map's place, and in the chapter text.
 */
export type StaticMaps = Record<string, { poster: StaticMapImage[]; figure: StaticMapImage[] }>;

/** Each chapter's static maps in the map's place only (what the live map's page needs in the browser). */
export type StaticMapPosters = Record<string, Pick<StaticMaps[string], 'poster'>>;

/** Site-relative path of a chapter's static map (an edition's under its own prefix: fa/maps/…). */
export function staticMapPath(frame: StaticMapFrameId, chapterId: string, editionPrefix = ''): string {
	return `${editionPrefix ? `${editionPrefix}/` : ''}maps/${frame}/${chapterId}.svg`;
}
