/**
 * Turns a Natural Earth FeatureCollection into the features of one tile layer: filters, derives
 * label points, keeps only the needed attributes and sorts the features into a fixed order, so
 * the tiles do not depend on the order of the input file (and labels get a sensible priority).
 */
import type { Feature, FeatureCollection, GeoJsonProperties } from 'geojson';
import { coastlineFromPolygons } from './coastline';
import type { LayerSpec } from './tilesets';
import { nearStoryPlace, type StoryPoint } from '../../../src/lib/geodata/story-places';

/**
 * The features of one layer, ready for geojson-vt.
 * @param storyPlaces places the story draws; a layer that yields to them drops its points nearby
 */
export function prepareLayerFeatures(
	collection: FeatureCollection,
	spec: LayerSpec,
	storyPlaces: readonly StoryPoint[] = []
): FeatureCollection {
	const keep = spec.zoomProperty ? [...spec.properties, spec.zoomProperty] : [...spec.properties];
	const features: Feature[] = [];
	const input =
		spec.derive === 'coastline' ? coastlineFromPolygons(collection.features) : collection.features;
	for (const feature of input) {
		if (!feature.geometry) continue;
		if (spec.include && !spec.include(feature.properties)) continue;
		const geometry = spec.derive === 'label-points' ? labelPoint(feature, spec.file) : feature.geometry;
		if (!geometry) continue;
		if (spec.yieldsToStoryPlaces && geometry.type === 'Point') {
			const [lon, lat] = geometry.coordinates as [number, number];
			if (nearStoryPlace(lon, lat, storyPlaces)) continue;
		}
		features.push({ type: 'Feature', geometry, properties: pickProperties(feature.properties, keep) });
	}
	return { type: 'FeatureCollection', features: sortFeatures(features, spec.sortBy) };
}

/** A copy of `properties` with only `keys`, in that order; null, undefined and '' values are left out. */
export function pickProperties(
	properties: GeoJsonProperties,
	keys: readonly string[]
): Record<string, string | number | boolean> {
	const picked: Record<string, string | number | boolean> = {};
	for (const key of keys) {
		const value: unknown = properties?.[key];
		if (typeof value === 'number' && Number.isFinite(value)) picked[key] = value;
		else if (typeof value === 'boolean') picked[key] = value;
		else if (typeof value === 'string' && value !== '') picked[key] = value;
	}
	return picked;
}

/** NE's label anchor (`label_x`, `label_y`) of a country as a Point, or null if it has none. */
function labelPoint(feature: Feature, file: string): Feature['geometry'] | null {
	const x = feature.properties?.label_x;
	const y = feature.properties?.label_y;
	if (x == null && y == null) return null;
	if (typeof x !== 'number' || typeof y !== 'number' || Math.abs(x) > 180 || Math.abs(y) > 90) {
		throw new Error(
			`Basemap input ${file}: feature ${JSON.stringify(feature.properties?.name)} has an invalid label_x/label_y`
		);
	}
	return { type: 'Point', coordinates: [x, y] };
}

/**
 * Sorts features by the `sortBy` attributes (numbers numerically, strings by code unit, missing last),
 * then by all attributes and the geometry, so equal keys still get one fixed order. Locale-independent.
 */
export function sortFeatures(features: Feature[], sortBy: readonly string[]): Feature[] {
	const keyed = features.map((feature) => ({
		feature,
		values: sortBy.map((key) => feature.properties?.[key] as unknown),
		tail: JSON.stringify(feature.properties) + JSON.stringify(feature.geometry)
	}));
	keyed.sort((a, b) => {
		for (let i = 0; i < sortBy.length; i++) {
			const order = compareValues(a.values[i], b.values[i]);
			if (order !== 0) return order;
		}
		return compareValues(a.tail, b.tail);
	});
	return keyed.map((k) => k.feature);
}

function compareValues(a: unknown, b: unknown): number {
	const aMissing = a === null || a === undefined;
	const bMissing = b === null || b === undefined;
	if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	const sa = String(a);
	const sb = String(b);
	return sa < sb ? -1 : sa > sb ? 1 : 0;
}
