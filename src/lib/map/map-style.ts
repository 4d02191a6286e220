/**
 * The complete MapLibre style: background, the self-hosted basemap and the story layers. Labels are
 * drawn locally by MapLibre in the page's label font (label-fonts.ts): no glyph server.
 * Every URL points at the site itself.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { BasemapManifest, ManifestLayer } from '../geodata/manifest';
import { BASEMAP_FIRST_LABEL_LAYER_ID, basemapStyle, SEA_COLOR } from './basemap-style';
import { FALLBACK_LABEL_FONT } from './label-fonts';
import { storyLayersStyle } from './story-layers-style';

export function storyMapStyle(options: {
	/** Absolute URL of the site root, without a trailing slash. */
	siteUrl: string;
	basemap: BasemapManifest;
	layers: readonly Pick<ManifestLayer, 'id' | 'url' | 'color' | 'features'>[];
	/** CSS font family labels are drawn in (see label-fonts.ts). */
	labelFont?: string;
	/** Feature id → its label in the page's language (a name, and maybe a second line). */
	placeLabels: Readonly<Record<string, readonly string[]>>;
	/** The page's language, for the basemap's own labels. */
	labelLanguage?: string;
	/** Story layers shown from the start (the first view's); the others start hidden. */
	visible?: readonly string[];
}): StyleSpecification {
	const base = basemapStyle({
		tilesBaseUrl: `${options.siteUrl}/basemap`,
		fontFamily: options.labelFont ?? FALLBACK_LABEL_FONT,
		manifest: options.basemap,
		labelLanguage: options.labelLanguage
	});
	const story = storyLayersStyle(options.layers, {
		baseUrl: options.siteUrl,
		fontFamily: options.labelFont ?? FALLBACK_LABEL_FONT,
		labels: options.placeLabels,
		visible: options.visible
	});
	// Story shapes go under the basemap's labels; story labels go on top of everything, so that
	// MapLibre's collision detection gives them priority over basemap labels.
	const firstLabel = base.layers.findIndex((layer) => layer.id === BASEMAP_FIRST_LABEL_LAYER_ID);
	const split = firstLabel < 0 ? base.layers.length : firstLabel;
	const storyShapes = story.layers.filter((layer) => layer.type !== 'symbol');
	const storyLabels = story.layers.filter((layer) => layer.type === 'symbol');
	return {
		version: 8,
		sources: { ...base.sources, ...story.sources },
		layers: [
			{ id: 'background', type: 'background', paint: { 'background-color': SEA_COLOR } },
			...base.layers.slice(0, split),
			...storyShapes,
			...base.layers.slice(split),
			...storyLabels
		]
	};
}
