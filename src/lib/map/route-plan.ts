/**
 * Plans a self-drawing line at build time: its length and the points of its layer that lie on it,
 * with their distance along it. Turf: https://turfjs.org/docs/api/nearestPointOnLine
 */
import { lineString, point } from '@turf/helpers';
import length from '@turf/length';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import type { Position } from 'geojson';
import type { DrawPlan } from './route-drawing';

export function planDrawing(options: {
	feature: string;
	layer: string;
	coordinates: Position[];
	points: { id: string; coordinates: Position }[];
	toleranceKm?: number;
}): DrawPlan {
	const line = lineString(options.coordinates);
	const totalKm = length(line, { units: 'kilometers' });
	const tolerance = options.toleranceKm ?? 2;
	const stops = options.points
		.map(({ id, coordinates }) => {
			const nearest = nearestPointOnLine(line, point(coordinates), { units: 'kilometers' });
			return { id, km: nearest.properties.location, off: nearest.properties.dist };
		})
		.filter((stop) => stop.off <= tolerance)
		.map(({ id, km }) => ({ id, km: Math.min(totalKm, Math.floor(km * 1000) / 1000) }))
		.sort((a, b) => a.km - b.km);
	return {
		feature: options.feature,
		layer: options.layer,
		coordinates: options.coordinates,
		totalKm,
		stops
	};
}
