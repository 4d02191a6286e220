/**
 * MapLibre sources and layers for the self-hosted Natural Earth basemap (see docs/basemap.md).
 *
 * Two vector tilesets: `world` (z0–4, global, overzoomed above z4) is drawn everywhere; `region`
 * (z5–7, the study region) lies on top from z5 with opaque ocean + land fills, so outside the
 * region the world layer still shows. The palette is muted and print-friendly so that story
 * layers drawn on top in saturated colours stand out.
 *
 * Types only from maplibre-gl: this module never loads MapLibre and does not import Svelte.
 */
import type {
	DataDrivenPropertyValueSpecification,
	ExpressionSpecification,
	FilterSpecification,
	LayerSpecification,
	SourceSpecification
} from 'maplibre-gl';
import type { BasemapManifest, BasemapTileset } from '../geodata/manifest';

type StyleManifest = Pick<BasemapManifest, 'tilesets'>;

/** The basemap colours. Use `sea` for the map's background layer (the region's ocean is drawn in it too). */
export const basemapPalette = {
	sea: '#dce5ea',
	land: '#f3efe5',
	lake: '#dce5ea',
	river: '#b3c6d2',
	coast: '#a9b7bf',
	border: '#a29d94',
	disputed: '#8f7a96',
	placeDot: '#5c5c5c',
	label: '#3a3a3a',
	countryLabel: '#5a554d',
	waterLabel: '#5b7484',
	halo: '#ffffff'
} as const;

/** The sea colour: use it for the map's background layer. */
export const SEA_COLOR = basemapPalette.sea;

/** Source ids used by {@link basemapStyle}. */
export const BASEMAP_SOURCE_IDS = { world: 'basemap-world', region: 'basemap-region' } as const;

/** Id of the lowest basemap label layer: add story layers before it to keep labels on top. */
export const BASEMAP_FIRST_LABEL_LAYER_ID = 'basemap-river-labels';

const ATTRIBUTION = '<a href="https://www.naturalearthdata.com/">Natural Earth</a>';

/**
 * A label in the page's language where the basemap has it (its tiles keep Natural Earth's names in
 * the story's languages: `name_en`, `name_<lang>`), else in English, else the local `name`.
 */
function labelTextIn(lang: string): ExpressionSpecification {
	const base = lang.split('-')[0]!.toLowerCase();
	const own: ExpressionSpecification[] = base === 'en' ? [] : [['get', `name_${base}`]];
	return ['coalesce', ...own, ['get', 'name_en'], ['get', 'name'], ''];
}

/** Features whose Natural Earth "show from zoom" hint (`prop`) is reached at the current (tile) zoom. */
const shownFromZoom = (prop: string): FilterSpecification => [
	'<=',
	['to-number', ['get', prop], 0],
	['zoom']
];

/** Boundary classes drawn dashed: everything that is not a settled international boundary. */
const isInternational: ExpressionSpecification = [
	'==',
	['index-of', 'International', ['to-string', ['get', 'featurecla']]],
	0
];

/** Line width growing with zoom: [zoom, width] stops, linear. */
const widthByZoom = (...stops: [number, number][]): ExpressionSpecification =>
	['interpolate', ['linear'], ['zoom'], ...stops.flat()] as ExpressionSpecification;

/**
 * Sources and layers of the basemap, bottom to top. Only tilesets (and tile layers) listed in the
 * manifest are used, so a manifest without `region` yields a world-only basemap.
 */
export function basemapStyle(options: {
	tilesBaseUrl: string;
	fontFamily: string;
	manifest: StyleManifest;
	/** The page's language: places and countries are labelled in it where the basemap has their name. */
	labelLanguage?: string;
}): { sources: Record<string, SourceSpecification>; layers: LayerSpecification[] } {
	const labelText = labelTextIn(options.labelLanguage ?? 'en');
	const base = options.tilesBaseUrl.replace(/\/+$/, '');
	const font = [options.fontFamily];
	const c = basemapPalette;
	const tilesets: readonly BasemapTileset[] = options.manifest.tilesets;
	const world = tilesets.find((t) => t.id === 'world');
	const region = tilesets.find((t) => t.id === 'region');
	/** First zoom drawn from `region` (the world tileset alone is shown below it; 24 = MapLibre's max zoom). */
	const regionFrom = region?.minzoom ?? 24;

	const sources: Record<string, SourceSpecification> = {};
	if (world) sources[BASEMAP_SOURCE_IDS.world] = vectorSource(base, world);
	if (region) sources[BASEMAP_SOURCE_IDS.region] = vectorSource(base, region);

	const W = BASEMAP_SOURCE_IDS.world;
	const R = BASEMAP_SOURCE_IDS.region;
	const placeTextSize: DataDrivenPropertyValueSpecification<number> = [
		'interpolate',
		['linear'],
		['zoom'],
		3,
		['case', ['==', ['get', 'adm0cap'], 1], 11.5, 10.5],
		8,
		['case', ['==', ['get', 'adm0cap'], 1], 14.5, ['<=', ['get', 'scalerank'], 4], 13, 12]
	];
	// Places near one the story draws are not in the tiles at all (geo/pipeline, story-places.ts).
	const placeFilter = shownFromZoom('min_zoom');
	const placeLabelLayout = {
		'text-field': labelText,
		'text-font': font,
		'text-size': placeTextSize,
		'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
		'text-radial-offset': 0.45,
		'text-justify': 'auto',
		'text-max-width': 8,
		'text-padding': 3,
		'symbol-sort-key': [
			'+',
			['*', ['to-number', ['get', 'scalerank'], 10], 10],
			['-', 1, ['to-number', ['get', 'adm0cap'], 0]]
		]
	} satisfies Extract<LayerSpecification, { type: 'symbol' }>['layout'];
	const placeLabelPaint = {
		'text-color': c.label,
		'text-halo-color': c.halo,
		'text-halo-width': 1.4,
		'text-halo-blur': 0.2
	};
	const placeDotPaint = {
		'circle-color': c.placeDot,
		'circle-radius': ['case', ['==', ['get', 'adm0cap'], 1], 3, 2.2] as ExpressionSpecification,
		'circle-stroke-color': c.halo,
		'circle-stroke-width': ['case', ['==', ['get', 'adm0cap'], 1], 1.2, 0.8] as ExpressionSpecification
	};

	const layers: LayerSpecification[] = [
		// ── world (z0–4 tiles, overzoomed; hidden under the region from z5) ──
		{
			id: 'basemap-world-land',
			type: 'fill',
			source: W,
			'source-layer': 'land',
			paint: { 'fill-color': c.land }
		},
		{
			id: 'basemap-world-outline',
			type: 'line',
			source: W,
			'source-layer': 'land',
			layout: { 'line-join': 'round' },
			paint: { 'line-color': c.border, 'line-width': widthByZoom([0, 0.3], [4, 0.7], [8, 1]) }
		},
		// ── region (z5–7 tiles, overzoomed above z7) ──
		{
			id: 'basemap-region-ocean',
			type: 'fill',
			source: R,
			'source-layer': 'ocean',
			minzoom: regionFrom,
			paint: { 'fill-color': c.sea }
		},
		{
			id: 'basemap-region-land',
			type: 'fill',
			source: R,
			'source-layer': 'land',
			minzoom: regionFrom,
			paint: { 'fill-color': c.land }
		},
		{
			id: 'basemap-region-lakes',
			type: 'fill',
			source: R,
			'source-layer': 'lakes',
			minzoom: regionFrom,
			paint: { 'fill-color': c.lake }
		},
		{
			id: 'basemap-region-coastline',
			type: 'line',
			source: R,
			'source-layer': 'coastline',
			minzoom: regionFrom,
			layout: { 'line-join': 'round' },
			paint: { 'line-color': c.coast, 'line-width': widthByZoom([5, 0.6], [9, 1]) }
		},
		{
			id: 'basemap-region-rivers',
			type: 'line',
			source: R,
			'source-layer': 'rivers',
			minzoom: regionFrom,
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: {
				'line-color': c.river,
				'line-width': [
					'interpolate',
					['linear'],
					['zoom'],
					5,
					['case', ['<=', ['get', 'scalerank'], 4], 1, 0.6],
					9,
					['case', ['<=', ['get', 'scalerank'], 4], 2.2, ['<=', ['get', 'scalerank'], 7], 1.5, 1]
				]
			}
		},
		{
			id: 'basemap-region-boundaries',
			type: 'line',
			source: R,
			'source-layer': 'boundaries',
			minzoom: regionFrom,
			filter: isInternational,
			layout: { 'line-join': 'round' },
			paint: { 'line-color': c.border, 'line-width': widthByZoom([5, 0.8], [9, 1.4]) }
		},
		{
			id: 'basemap-region-boundaries-disputed',
			type: 'line',
			source: R,
			'source-layer': 'boundaries',
			minzoom: regionFrom,
			filter: ['!', isInternational],
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': c.disputed,
				'line-width': widthByZoom([5, 0.9], [9, 1.4]),
				'line-dasharray': [3, 2]
			}
		},
		{
			id: 'basemap-region-disputed',
			type: 'line',
			source: R,
			'source-layer': 'disputed',
			minzoom: regionFrom,
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': c.disputed,
				'line-width': widthByZoom([5, 0.8], [9, 1.2]),
				'line-dasharray': [2, 2]
			}
		},
		{
			id: 'basemap-world-disputed',
			type: 'line',
			source: W,
			'source-layer': 'disputed',
			maxzoom: regionFrom,
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': c.disputed,
				'line-width': widthByZoom([2, 0.5], [4, 0.8]),
				'line-dasharray': [2, 2]
			}
		},
		{
			id: 'basemap-world-place-dots',
			type: 'circle',
			source: W,
			'source-layer': 'places',
			maxzoom: regionFrom,
			filter: placeFilter,
			paint: placeDotPaint
		},
		{
			id: 'basemap-region-place-dots',
			type: 'circle',
			source: R,
			'source-layer': 'places',
			minzoom: regionFrom,
			filter: placeFilter,
			paint: placeDotPaint
		},
		// ── labels (symbols: later layers win collisions) ──
		{
			id: BASEMAP_FIRST_LABEL_LAYER_ID,
			type: 'symbol',
			source: R,
			'source-layer': 'rivers',
			minzoom: Math.max(regionFrom, 7),
			filter: ['all', ['has', 'name_en'], ['<=', ['get', 'scalerank'], 8]],
			layout: {
				'symbol-placement': 'line',
				'symbol-spacing': 600,
				'text-field': ['get', 'name_en'],
				'text-font': font,
				'text-size': 11,
				'text-letter-spacing': 0.05,
				'text-max-angle': 30
			},
			paint: {
				'text-color': c.waterLabel,
				'text-halo-color': c.halo,
				'text-halo-width': 1.2
			}
		},
		{
			id: 'basemap-world-place-labels',
			type: 'symbol',
			source: W,
			'source-layer': 'places',
			maxzoom: regionFrom,
			filter: placeFilter,
			layout: placeLabelLayout,
			paint: placeLabelPaint
		},
		{
			id: 'basemap-region-place-labels',
			type: 'symbol',
			source: R,
			'source-layer': 'places',
			minzoom: regionFrom,
			filter: placeFilter,
			layout: placeLabelLayout,
			paint: placeLabelPaint
		},
		{
			id: 'basemap-country-labels',
			type: 'symbol',
			source: W,
			'source-layer': 'country_labels',
			maxzoom: 6,
			filter: shownFromZoom('min_label'),
			layout: {
				'text-field': labelText,
				'text-font': font,
				'text-size': [
					'interpolate',
					['linear'],
					['zoom'],
					2,
					['case', ['<=', ['get', 'labelrank'], 2], 11, 9.5],
					5,
					['case', ['<=', ['get', 'labelrank'], 3], 14, 12]
				],
				'text-transform': 'uppercase',
				'text-letter-spacing': 0.12,
				'text-max-width': 7,
				'text-padding': 4,
				'symbol-sort-key': ['to-number', ['get', 'labelrank'], 9]
			},
			paint: {
				'text-color': c.countryLabel,
				'text-halo-color': c.halo,
				'text-halo-width': 1.5,
				'text-halo-blur': 0.3
			}
		}
	];

	return { sources, layers: layers.filter((layer) => usesAvailableData(layer, options.manifest)) };
}

function vectorSource(base: string, tileset: BasemapTileset): SourceSpecification {
	const [west, south, east, north] = tileset.bounds;
	if (tileset.bounds.length !== 4 || [west, south, east, north].some((v) => !Number.isFinite(v))) {
		throw new Error(
			`basemapStyle: tileset "${tileset.id}" has invalid bounds ${JSON.stringify(tileset.bounds)}`
		);
	}
	return {
		type: 'vector',
		tiles: [base + '/' + tileset.id + '/{z}/{x}/{y}.pbf'],
		minzoom: tileset.minzoom,
		maxzoom: tileset.maxzoom,
		bounds: [west!, south!, east!, north!],
		attribution: ATTRIBUTION
	};
}

/** True if the layer's source tileset and source-layer are in the manifest. */
function usesAvailableData(layer: LayerSpecification, manifest: StyleManifest): boolean {
	if (!('source' in layer) || typeof layer.source !== 'string') return true;
	const id = (Object.keys(BASEMAP_SOURCE_IDS) as (keyof typeof BASEMAP_SOURCE_IDS)[]).find(
		(key) => BASEMAP_SOURCE_IDS[key] === layer.source
	);
	const tileset = manifest.tilesets.find((t) => t.id === id);
	if (!tileset) return false;
	const sourceLayer = 'source-layer' in layer ? layer['source-layer'] : undefined;
	return sourceLayer === undefined || tileset.layers.includes(sourceLayer);
}
