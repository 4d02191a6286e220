/**
 * One chapter's static map as an SVG document: basemap, story layers, labels and attribution,
 * framed as the live map frames the chapter in a box of the frame's size. Pure: the caller reads
 * the data (src/lib/server/static-maps.ts). See docs/static-maps.md.
 */
import { basemapPalette } from '../map/basemap-style';
import type { MapView } from '../map/view';
import { drawBasemap, type NaturalEarth } from './basemap';
import { BLEED } from './frames';
import { pathMaker, type ClipBox } from './geometry';
import { Collisions, placeLabel, textWidth } from './labels';
import { frameBounds, frameFor, projector, type Size } from './mercator';
import { drawStoryLayers, type StoryLayerData } from './story-layers';
import { attrs, escapeXml } from './svg';

/**
 * Fonts for labels. An SVG shown with <img> cannot use the page's web fonts, so after Vazirmatn
 * (used where installed) come system fonts that cover Latin and Persian.
 */
export const STATIC_MAP_FONTS =
	"Vazirmatn, 'Noto Sans', 'Noto Sans Arabic', 'DejaVu Sans', Tahoma, 'Segoe UI', Arial, sans-serif";

export const ATTRIBUTION = 'Basemap: Natural Earth';

export interface StaticMapInput {
	size: Size;
	view: MapView;
	/** The map's accessible title, e.g. the chapter's title. */
	title: string;
	basemap: NaturalEarth;
	/** Every story layer, in drawing order; the view says which are shown. */
	layers: readonly StoryLayerData[];
	/** Names of the story's points; the basemap does not label them again. */
	storyPlaceNames: ReadonlySet<string>;
}

const STYLE = [
	`text{font-family:${STATIC_MAP_FONTS};paint-order:stroke;stroke-linejoin:round}`,
	`.s{fill:#1d1d1b;stroke:#fff;stroke-width:3.2px}`,
	`.p{fill:${basemapPalette.label};stroke:#fff;stroke-width:2.8px}`,
	`.c{fill:${basemapPalette.countryLabel};stroke:#fff;stroke-width:3px;letter-spacing:.12em}`,
	`.a{fill:#555;stroke:#fff;stroke-width:3px;font-size:10px}`
].join('');

export function renderStaticMap(input: StaticMapInput): string {
	const { width, height } = input.size;
	const frame = frameFor(input.view.camera, input.size);
	const bleedX = Math.round(width * BLEED);
	const bleedY = Math.round(height * BLEED);
	// Clip a few pixels beyond the drawn area so line caps and clip edges stay out of sight.
	const clip: ClipBox = [-bleedX - 4, -bleedY - 4, width + bleedX + 4, height + bleedY + 4];
	const project = projector(frame);
	const path = pathMaker(project, clip);
	const bounds = frameBounds(frame, bleedX + 8, bleedY + 8);

	const basemap = drawBasemap(input.basemap, {
		zoom: frame.zoom,
		path,
		project,
		bounds,
		hidePlaces: input.storyPlaceNames
	});
	const story = drawStoryLayers(input.layers, input.view, { zoom: frame.zoom, path, project });

	// The attribution sits in the nominal box's corner, which every box shows; labels keep clear of it.
	const collisions = new Collisions();
	collisions.add({ x0: width - 10 - textWidth(ATTRIBUTION, 10), y0: height - 18, x1: width, y1: height });
	const attribution = `<text${attrs({ class: 'a', x: width - 6, y: height - 6, 'text-anchor': 'end' })}>${escapeXml(ATTRIBUTION)}</text>`;
	const labels = [...story.labels, ...basemap.labels]
		.map((label) => placeLabel(label, collisions))
		.filter((svg) => svg !== undefined);

	return (
		`<svg${attrs({
			xmlns: 'http://www.w3.org/2000/svg',
			width,
			height,
			viewBox: `0 0 ${width} ${height}`,
			preserveAspectRatio: 'xMidYMid meet',
			'data-center': `${frame.center.map((v) => v.toFixed(5)).join(',')}`,
			'data-zoom': frame.zoom.toFixed(3)
		})}>` +
		`<title>${escapeXml(input.title)}</title>` +
		`<style>${STYLE}</style>` +
		`<rect${attrs({ x: clip[0], y: clip[1], width: clip[2] - clip[0], height: clip[3] - clip[1], fill: basemapPalette.sea })}/>` +
		basemap.shapes +
		story.shapes +
		labels.join('') +
		attribution +
		'</svg>\n'
	);
}
