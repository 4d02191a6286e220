/**
 * What `npm run geo` writes to static/data/manifest.json and what the page reads:
 * the story layers (with their features' properties, for lists and details) and the basemap tilesets.
 */
import type { BBox, FeatureProperties, LayerConfig } from '../content/schema';

export type GeometryKind =
	'Point' | 'LineString' | 'Polygon' | 'MultiPoint' | 'MultiLineString' | 'MultiPolygon';

export interface ManifestFeature {
	id: string;
	layer: string;
	geometry: GeometryKind;
	bbox: BBox;
	/** Length along the line in km, for LineStrings (Turf `length`; arcs along the great circle). */
	lengthKm?: number;
	properties: FeatureProperties;
}

export interface ManifestLayer extends LayerConfig {
	/** The GeoJSON file the author edits, relative to the project root (for error messages). */
	sourceFile: string;
	/** Site-relative URL of the layer's GeoJSON, with a content hash for caching. */
	url: string;
	bbox: BBox;
	features: ManifestFeature[];
}

/** See docs/basemap.md: `world` z0–4 everywhere, `region` z5–7 over the story region. */
export interface BasemapTileset {
	id: 'world' | 'region';
	minzoom: number;
	maxzoom: number;
	bounds: BBox;
	layers: string[];
	tiles: number;
	bytes: number;
}

export interface BasemapManifest {
	tilesets: BasemapTileset[];
	attribution: string;
}

export interface DataManifest {
	version: 1;
	region: BBox;
	layers: ManifestLayer[];
	basemap: BasemapManifest;
}

/**
 * The pipeline draws a circle around every approximate point; its id is the point's id plus this
 * suffix, and its `kind` is "uncertainty".
 */
export const UNCERTAINTY_SUFFIX = '--uncertainty';

/** Every feature of every layer, by id (ids are unique across layers). */
export function featuresById(manifest: { layers: readonly ManifestLayer[] }): Map<string, ManifestFeature> {
	return new Map(manifest.layers.flatMap((layer) => layer.features.map((f) => [f.id, f] as const)));
}
