/**
 * Cuts one prepared layer into tiles with geojson-vt and returns, per tile, the clean features
 * that belong at that zoom (the layer's "show from zoom" attribute is applied here).
 */
import { GeoJSONVT, type GeoJSONVTFeature } from '@maplibre/geojson-vt';
import type { FeatureCollection } from 'geojson';
import { cleanFeature } from './clean-geometry';
import type { LayerSpec, TilesetSpec } from './tilesets';

/** A layer cut into tiles: `features(z, x, y)` gives that tile's features (possibly none). */
export interface SlicedLayer {
	name: string;
	/** Attributes to encode, in order. */
	properties: readonly string[];
	features(z: number, x: number, y: number): GeoJSONVTFeature[];
}

/** Builds the geojson-vt index of one layer with the tileset's fixed options. */
export function sliceLayer(
	collection: FeatureCollection,
	spec: LayerSpec,
	tileset: TilesetSpec
): SlicedLayer {
	const index = new GeoJSONVT(collection, {
		maxZoom: tileset.detailZoom,
		indexMaxZoom: tileset.minzoom,
		indexMaxPoints: 0,
		tolerance: tileset.tolerance,
		extent: tileset.extent,
		buffer: tileset.buffer,
		lineMetrics: false,
		generateId: false,
		updateable: false,
		debug: 0
	});
	const zoomProperty = spec.zoomProperty;
	return {
		name: spec.name,
		properties: spec.properties,
		features(z, x, y) {
			const tile = index.getTile(z, x, y);
			if (!tile) return [];
			const result: GeoJSONVTFeature[] = [];
			for (const feature of tile.features) {
				if (zoomProperty && z < tileset.maxzoom) {
					const minZoom = feature.tags?.[zoomProperty];
					if (typeof minZoom === 'number' && minZoom > z) continue;
				}
				const clean = cleanFeature(feature);
				if (clean) result.push(clean);
			}
			return result;
		}
	};
}
