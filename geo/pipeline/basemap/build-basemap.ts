/**
 * Builds the self-hosted basemap: two static MVT pyramids cut from the Natural Earth extracts in
 * geo/sources/natural-earth (see docs/basemap.md).
 *
 * - `world`  z0–4, global: 1:50m land, country labels, capitals/major cities, disputed lines.
 * - `region` z5–7, the study region: 1:10m ocean, land, lakes, rivers, boundaries, places.
 *
 * Populated places near a place the story draws itself are left out of both (story-places.ts).
 *
 * Same input ⇒ byte-identical output: features are sorted, options are fixed, tiles are written
 * in z/x/y order, and nothing depends on time, locale or the machine.
 */
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { encodeTile } from './encode-tile';
import { prepareLayerFeatures } from './prepare-features';
import { readFeatureCollection } from './read-layer';
import { sliceLayer, type SlicedLayer } from './slice-layer';
import { tilesInBounds, type Bounds } from './tile-pyramid';
import { basemapTilesets, basemapSourceFiles, type TilesetSpec } from './tilesets';
import { writeTiles, type TileWriteStats } from './write-tiles';

import type { BasemapManifest, BasemapTileset } from '../../../src/lib/geodata/manifest';
import type { StoryPoint } from '../../../src/lib/geodata/story-places';

export type { BasemapManifest, BasemapTileset };

/** Natural Earth's suggested credit line. */
export const NATURAL_EARTH_ATTRIBUTION =
	'Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com';

/** Per-zoom statistics of the last tileset builds, for reports (not part of the manifest). */
export type BasemapBuildStats = Record<BasemapTileset['id'], TileWriteStats>;

export interface BasemapOptions {
	sourceDir: string;
	outDir: string;
	region: [number, number, number, number];
	/** Places the story draws itself: the basemap leaves out its own places near them. */
	storyPlaces?: readonly StoryPoint[];
	/** Besides English, the languages whose place names the labels keep (../label-languages.ts). */
	labelLanguages?: readonly string[];
}

/** Reads geo/sources/natural-earth, writes <outDir>/<tileset>/{z}/{x}/{y}.pbf deterministically, returns the manifest. */
export async function buildBasemap(options: BasemapOptions): Promise<BasemapManifest> {
	return (await buildBasemapWithStats(options)).manifest;
}

/** {@link buildBasemap}, also returning tile counts and bytes per zoom. */
export async function buildBasemapWithStats(
	options: BasemapOptions
): Promise<{ manifest: BasemapManifest; stats: BasemapBuildStats }> {
	const region = checkRegion(options.region);
	const tilesets = basemapTilesets(region, options.labelLanguages);

	// Read (and validate) every input before writing anything.
	const sources = new Map<string, FeatureCollection>();
	for (const file of basemapSourceFiles(region)) {
		sources.set(file, await readFeatureCollection(options.sourceDir, file));
	}

	const manifest: BasemapManifest = { tilesets: [], attribution: NATURAL_EARTH_ATTRIBUTION };
	const stats = {} as BasemapBuildStats;
	for (const tileset of tilesets) {
		const written = await buildTileset(
			tileset,
			sources,
			options.storyPlaces ?? [],
			join(options.outDir, tileset.id)
		);
		stats[tileset.id] = written;
		manifest.tilesets.push({
			id: tileset.id,
			minzoom: tileset.minzoom,
			maxzoom: tileset.maxzoom,
			bounds: [...tileset.bounds],
			layers: tileset.layers.map((layer) => layer.name),
			tiles: written.tiles,
			bytes: written.bytes
		});
	}
	return { manifest, stats };
}

/** Slices every layer of one tileset and writes all its tiles into `dir`. */
async function buildTileset(
	tileset: TilesetSpec,
	sources: ReadonlyMap<string, FeatureCollection>,
	storyPlaces: readonly StoryPoint[],
	dir: string
): Promise<TileWriteStats> {
	const layers: SlicedLayer[] = tileset.layers.map((spec) => {
		const collection = sources.get(spec.file);
		if (!collection) throw new Error(`Basemap input ${spec.file} was not read`);
		return sliceLayer(prepareLayerFeatures(collection, spec, storyPlaces), spec, tileset);
	});
	const coords = tilesInBounds(tileset.bounds, tileset.minzoom, tileset.maxzoom);
	return writeTiles(dir, coords, ({ z, x, y }) =>
		encodeTile(
			layers.map((layer) => ({
				name: layer.name,
				properties: layer.properties,
				features: layer.features(z, x, y)
			})),
			tileset.extent
		)
	);
}

function checkRegion(region: [number, number, number, number]): Bounds {
	const [west, south, east, north] = region;
	const ok =
		region.length === 4 &&
		region.every((v) => Number.isFinite(v)) &&
		west >= -180 &&
		east <= 180 &&
		west < east &&
		south >= -85 &&
		north <= 85 &&
		south < north;
	if (!ok) {
		throw new Error(
			`buildBasemap: region must be [west, south, east, north] inside [-180, -85, 180, 85], got ${JSON.stringify(region)}`
		);
	}
	return [west, south, east, north];
}
