/**
 * A validated story layer → the FeatureCollection the page serves:
 * - the feature id is copied into the properties (MapLibre's `promoteId` needs it there for
 *   feature-state);
 * - a two-point line marked `path: great-circle` becomes the great-circle arc between its ends
 *   (Turf `greatCircle`), the way moves between distant places are drawn;
 * - every approximate point gets a companion circle of its uncertainty radius (Turf `circle`),
 *   drawn as a soft area with a dashed edge, so readers see the location is approximate;
 * - coordinates are rounded to 5 decimals (about 1 m), so the output is small and stable.
 */
import circle from '@turf/circle';
import greatCircle from '@turf/great-circle';
import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';
import { UNCERTAINTY_SUFFIX } from '../../src/lib/geodata/manifest';
import type { StoryFeature } from './validate-layer';

const round = (n: number) => Math.round(n * 1e5) / 1e5;

function roundCoordinates(value: unknown): unknown {
	if (typeof value === 'number') return round(value);
	return Array.isArray(value) ? value.map(roundCoordinates) : value;
}

function withRoundedCoordinates<G extends Geometry>(geometry: G): G {
	return { ...geometry, coordinates: roundCoordinates((geometry as { coordinates: unknown }).coordinates) };
}

function uncertaintyCircle(feature: StoryFeature): Feature | undefined {
	const radius = feature.properties.radius_km;
	if (feature.geometry.type !== 'Point' || radius === undefined) return undefined;
	const id = `${feature.id}${UNCERTAINTY_SUFFIX}`;
	const area = circle(feature.geometry as Point, radius, { steps: 64, units: 'kilometers' });
	return {
		type: 'Feature',
		id,
		geometry: withRoundedCoordinates(area.geometry),
		properties: { id, of: feature.id, kind: 'uncertainty', certainty: 'approximate', radius_km: radius }
	};
}

function arcGeometry(feature: StoryFeature): Geometry {
	if (feature.properties.path !== 'great-circle' || feature.geometry.type !== 'LineString')
		return feature.geometry;
	const [start, end] = feature.geometry.coordinates as [Position, Position];
	return greatCircle(start, end, { npoints: 64 }).geometry;
}

export function prepareLayer(features: readonly StoryFeature[]): FeatureCollection {
	const circles = features.map(uncertaintyCircle).filter((f) => f !== undefined);
	return {
		type: 'FeatureCollection',
		features: [
			...circles,
			...features.map((feature): Feature => ({
				type: 'Feature',
				id: feature.id,
				geometry: withRoundedCoordinates(arcGeometry(feature)),
				properties: { id: feature.id, ...feature.properties }
			}))
		]
	};
}
