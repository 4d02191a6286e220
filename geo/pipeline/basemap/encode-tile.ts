/**
 * Encodes the layers of one tile as a Mapbox Vector Tile (MVT v2) protobuf with vt-pbf.
 * Layers keep the given order, empty layers are left out, and a tile without any layer is a
 * zero-length file (a valid empty MVT: MapLibre and @mapbox/vector-tile read it as "no layers").
 */
import type { GeoJSONVTFeature, GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { pickProperties } from './prepare-features';

/** One layer's features in tile coordinates, and the attributes to write. */
export interface TileLayerInput {
	name: string;
	properties: readonly string[];
	features: GeoJSONVTFeature[];
}

/** MVT bytes for the layers (in order), with only each layer's listed attributes. */
export function encodeTile(layers: readonly TileLayerInput[], extent: number): Uint8Array {
	const tileLayers: Record<string, GeoJSONVTTile> = {};
	for (const layer of layers) {
		if (!layer.features.length) continue;
		if (layer.name in tileLayers) throw new Error(`Duplicate tile layer name "${layer.name}"`);
		const features = layer.features.map(
			(feature): GeoJSONVTFeature =>
				({
					type: feature.type,
					geometry: feature.geometry,
					tags: pickProperties(feature.tags, layer.properties)
				}) as GeoJSONVTFeature
		);
		// vt-pbf reads only `features` of each layer.
		tileLayers[layer.name] = { features } as GeoJSONVTTile;
	}
	if (Object.keys(tileLayers).length === 0) return new Uint8Array(0);
	return fromGeojsonVt(tileLayers, { version: 2, extent });
}
