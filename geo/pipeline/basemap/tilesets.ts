/**
 * What goes into the two basemap tilesets: which Natural Earth file feeds which tile layer,
 * which attributes are kept, which features are dropped, and the geojson-vt settings.
 * Everything else in the pipeline is generic; change the basemap's contents here.
 */
import type { GeoJsonProperties } from 'geojson';
import { naturalEarthNameColumn } from '../label-languages';
import type { Bounds } from './tile-pyramid';

/** One layer (MVT "source-layer") of a tileset. */
export interface LayerSpec {
	/** Layer name inside the tiles, used as `source-layer` by the style. */
	name: string;
	/** Natural Earth file in the source folder. */
	file: string;
	/**
	 * `'label-points'`: one point per feature at its `label_x`/`label_y` instead of its own geometry.
	 * `'coastline'`: the polygons' outlines, minus the parts along the extract's clip box.
	 */
	derive?: 'label-points' | 'coastline';
	/** Keeps only the source features for which this returns true. */
	include?: (properties: GeoJsonProperties) => boolean;
	/** Attributes written to the tiles, in this order; all others are dropped. */
	properties: readonly string[];
	/**
	 * Natural Earth "show from zoom" attribute (e.g. `min_zoom`). A tile at zoom z keeps the features whose
	 * value is ≤ z; tiles at the tileset's maxzoom keep all (MapLibre overzooms them). Dropped from the
	 * tiles unless also listed in `properties`.
	 */
	zoomProperty?: string;
	/** Features are sorted by these attributes (ascending, missing last) before tiling. */
	sortBy: readonly string[];
	/** Leave out points near a place the story draws itself (src/lib/geodata/story-places.ts). */
	yieldsToStoryPlaces?: true;
}

/** One tileset: a tile pyramid written to `<outDir>/<id>/{z}/{x}/{y}.pbf`. */
export interface TilesetSpec {
	id: 'world' | 'region';
	minzoom: number;
	maxzoom: number;
	bounds: Bounds;
	/**
	 * Zoom that geojson-vt treats as full detail (no simplification there; below it, `tolerance` applies).
	 * `maxzoom + 1` simplifies the deepest tiles too; `maxzoom` keeps every vertex (after rounding to tile
	 * units) in the deepest tiles, which MapLibre then overzooms.
	 */
	detailZoom: number;
	/** geojson-vt simplification tolerance in tile units (extent 4096 ⇒ 8 units per screen pixel). */
	tolerance: number;
	/** Tile extent (MVT coordinate range). */
	extent: number;
	/** Buffer around each tile in tile units, so lines and fills join without seams. */
	buffer: number;
	layers: readonly LayerSpec[];
}

/** Global bounds of the `world` tileset (the Mercator square, rounded). */
export const WORLD_BOUNDS: Bounds = [-180, -85, 180, 85];

const num = (value: unknown): number => (typeof value === 'number' ? value : Number.NaN);

/**
 * The two tilesets, for a given study region (lon/lat box).
 * @param languages besides English, the languages whose place names the labels keep (label-languages.ts)
 */
export function basemapTilesets(region: Bounds, languages: readonly string[] = []): TilesetSpec[] {
	const names = ['name', 'name_en', ...languages.map(naturalEarthNameColumn)];
	return [
		{
			id: 'world',
			minzoom: 0,
			maxzoom: 4,
			bounds: WORLD_BOUNDS,
			detailZoom: 5, // z4 simplified too: outside the region only the overview needs it
			tolerance: 3,
			extent: 4096,
			buffer: 64,
			layers: [
				{
					name: 'land',
					file: 'ne_50m_admin_0_countries_world.geojson',
					properties: ['adm0_a3', ...names],
					sortBy: ['adm0_a3', 'name']
				},
				{
					name: 'disputed',
					file: 'ne_10m_admin_0_boundary_lines_disputed_areas.geojson',
					properties: ['featurecla'],
					sortBy: ['featurecla', 'name']
				},
				{
					name: 'places',
					file: 'ne_10m_populated_places.geojson',
					// NE suggests these from zoom < 5; the region tileset has the rest from z5.
					include: (p) => num(p?.min_zoom) < 5,
					properties: [...names, 'scalerank', 'min_zoom', 'adm0cap'],
					zoomProperty: 'min_zoom',
					sortBy: ['scalerank', 'min_zoom', 'name_en', 'name'],
					yieldsToStoryPlaces: true
				},
				{
					name: 'country_labels',
					file: 'ne_50m_admin_0_countries_world.geojson',
					derive: 'label-points',
					properties: [...names, 'labelrank', 'min_label'],
					zoomProperty: 'min_label',
					sortBy: ['labelrank', 'min_label', 'name_en', 'name']
				}
			]
		},
		{
			id: 'region',
			minzoom: 5,
			maxzoom: 7,
			bounds: region,
			detailZoom: 7, // full detail in z7: it is what readers see overzoomed at z8–10 (+15 % bytes)
			tolerance: 3,
			extent: 4096,
			buffer: 64,
			layers: [
				{
					name: 'ocean',
					file: 'ne_10m_ocean.geojson',
					properties: [],
					sortBy: []
				},
				{
					name: 'coastline',
					file: 'ne_10m_ocean.geojson',
					derive: 'coastline',
					properties: [],
					sortBy: []
				},
				{
					name: 'land',
					file: 'ne_10m_admin_0_countries.geojson',
					properties: ['adm0_a3', 'name_en'],
					sortBy: ['adm0_a3', 'name_en']
				},
				{
					name: 'lakes',
					file: 'ne_10m_lakes.geojson',
					properties: ['name_en', 'scalerank'],
					zoomProperty: 'min_zoom',
					sortBy: ['scalerank', 'name_en', 'name']
				},
				{
					name: 'rivers',
					file: 'ne_10m_rivers_lake_centerlines.geojson',
					properties: ['name_en', 'scalerank'],
					zoomProperty: 'min_zoom',
					sortBy: ['scalerank', 'name_en', 'name']
				},
				{
					name: 'boundaries',
					file: 'ne_10m_admin_0_boundary_lines_land.geojson',
					properties: ['featurecla'],
					sortBy: ['featurecla', 'adm0_a3_l', 'adm0_a3_r']
				},
				{
					name: 'disputed',
					file: 'ne_10m_admin_0_boundary_lines_disputed_areas.geojson',
					properties: ['featurecla'],
					sortBy: ['featurecla', 'name']
				},
				{
					name: 'places',
					file: 'ne_10m_populated_places.geojson',
					properties: [...names, 'scalerank', 'min_zoom', 'adm0cap'],
					zoomProperty: 'min_zoom',
					sortBy: ['scalerank', 'min_zoom', 'name_en', 'name'],
					yieldsToStoryPlaces: true
				}
			]
		}
	];
}

/** Every Natural Earth file the basemap reads, sorted. */
export function basemapSourceFiles(region: Bounds): string[] {
	const files = new Set(basemapTilesets(region).flatMap((t) => t.layers.map((l) => l.file)));
	return [...files].sort();
}
