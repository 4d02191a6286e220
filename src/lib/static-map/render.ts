/**
 * One chapter's static map as an SVG document: basemap, story layers and labels,
 * framed as the live map frames the chapter in a box of the frame's size. Pure: the caller reads
 * the data (src/lib/server/static-maps.ts). See docs/static-maps.md.
 */
import { basemapPalette } from '../map/basemap-style';
import type { MapView } from '../map/view';
import { drawBasemap, type NaturalEarth } from './basemap';
import { BLEED } from './frames';
import { pathMaker, type ClipBox } from './geometry';
import { Collisions, placeLabel } from './labels';
import { frameBounds, frameFor, projector, type Size } from './mercator';
import { drawStoryLayers, type StoryLayerData } from './story-layers';
import { attrs, escapeXml, num } from './svg';
import type { StoryPoint } from '../geodata/story-places';

/**
 * Fonts for labels. An SVG shown with <img> cannot use the page's web fonts, so after the story's
 * label font (used where installed) come system fonts that cover Latin and Arabic scripts.
 */
export const STATIC_MAP_FALLBACK_FONTS =
	"'Noto Sans', 'Noto Sans Arabic', 'DejaVu Sans', Tahoma, 'Segoe UI', Arial, sans-serif";

export interface StaticMapInput {
	size: Size;
	view: MapView;
	/** The map's accessible title, e.g. the chapter's title. */
	title: string;
	/** What the map shows, in words. */
	description: string;
	basemap: NaturalEarth;
	/** Every story layer, in drawing order; the view says which are shown. */
	layers: readonly StoryLayerData[];
	/** Feature id → its label in the edition's language: a name and maybe a second line. */
	placeLabels: Readonly<Record<string, readonly string[]>>;
	/** The basemap's credit, in the edition's language. */
	attribution: string;
	/** The story's label font family, if it has one. */
	fontFamily?: string;
	/** The edition's language, for the basemap's own labels. */
	labelLanguage?: string;
}

const style = (fontFamily: string | undefined) =>
	[
		`text{font-family:${fontFamily ? `'${fontFamily.replace(/'/g, '')}', ` : ''}${STATIC_MAP_FALLBACK_FONTS};paint-order:stroke;stroke-linejoin:round}`,
		`.s{fill:#1d1d1b;stroke:#fff;stroke-width:3.2px}`,
		`.p{fill:${basemapPalette.label};stroke:#fff;stroke-width:2.8px}`,
		`.c{fill:${basemapPalette.countryLabel};stroke:#fff;stroke-width:3px;letter-spacing:.12em}`,
		`.cj{fill:${basemapPalette.countryLabel};stroke:#fff;stroke-width:3px}`
	].join('');

/** The story's places (its points, not their uncertainty circles), which the basemap does not label again. */
function storyPointsOf(layers: readonly StoryLayerData[]): StoryPoint[] {
	return layers.flatMap((layer) =>
		layer.features.flatMap((feature) => {
			if (feature.geometry?.type !== 'Point') return [];
			const [lon, lat] = feature.geometry.coordinates as [number, number];
			const radius: unknown = feature.properties?.radius_km;
			return [{ lon, lat, ...(typeof radius === 'number' ? { radiusKm: radius } : {}) }];
		})
	);
}

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
		storyPlaces: storyPointsOf(input.layers),
		labelLanguage: input.labelLanguage
	});
	const story = drawStoryLayers(input.layers, input.view, {
		zoom: frame.zoom,
		path,
		project,
		clip,
		labels: input.placeLabels
	});

	// What must show in any box: the region a fitted camera fits (MapLibre fits it again in a box
	// of another size), else the whole frame. `meet` keeps it whole; the bleed fills the rest.
	// No text can stay in the corner of every box, so the page writes the attribution beside the
	// image (MapPoster, ChapterFigure); the file carries it in <desc>.
	const [vx0, vy0, vx1, vy1] = frame.fitted ?? [0, 0, width, height];
	const collisions = new Collisions();
	const labels = [...story.labels, ...basemap.labels]
		.map((label) => placeLabel(label, collisions))
		.filter((svg) => svg !== undefined);

	return (
		`<svg${attrs({
			xmlns: 'http://www.w3.org/2000/svg',
			width,
			height,
			viewBox: [vx0, vy0, vx1 - vx0, vy1 - vy0].map(num).join(' '),
			preserveAspectRatio: 'xMidYMid meet',
			'data-center': `${frame.center.map((v) => v.toFixed(5)).join(',')}`,
			'data-zoom': frame.zoom.toFixed(3)
		})}>` +
		`<title>${escapeXml(input.title)}</title>` +
		`<desc>${escapeXml(`${input.description} ${input.attribution}`)}</desc>` +
		`<style>${style(input.fontFamily)}</style>` +
		`<rect${attrs({ x: clip[0], y: clip[1], width: clip[2] - clip[0], height: clip[3] - clip[1], fill: basemapPalette.sea })}/>` +
		basemap.shapes +
		story.shapes +
		labels.join('') +
		'</svg>\n'
	);
}
