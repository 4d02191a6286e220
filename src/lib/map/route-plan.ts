/**
 * Plans a self-drawing line at build time: its length and the points of its layer that lie on it,
 * with their distance along it. Turf: https://turfjs.org/docs/api/nearestPointOnLine
 *
 * Each point is compared only with the segments that could lie within the tolerance of it (found
 * through a grid of the segments' extents), not with the whole line: planning is linear in the
 * points and the line's positions, not their product. The nearest segment is chosen as Turf does
 * on the whole line (the first of equally near ones), so the stops are the same.
 */
import distance from '@turf/distance';
import { lineString, point } from '@turf/helpers';
import length from '@turf/length';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import type { Position } from 'geojson';
import type { DrawPlan } from './route-drawing';

const KM_PER_DEGREE = 110;
/** A segment whose extent covers more cells than this is checked for every point instead. */
const MAX_CELLS = 4096;

/** Segment indices by grid cell, for the segments that could come within `toleranceKm` of a point in the cell. */
function segmentGrid(coordinates: Position[], toleranceKm: number) {
	const cellDegrees = Math.max((4 * toleranceKm) / KM_PER_DEGREE, 0.01);
	const cells = new Map<string, number[]>();
	const everywhere: number[] = [];
	const cellOf = (degrees: number) => Math.floor(degrees / cellDegrees);
	for (let i = 0; i < coordinates.length - 1; i++) {
		const [a, b] = [coordinates[i]!, coordinates[i + 1]!];
		// Every point of the arc is within half its length of one of its ends.
		const marginKm = toleranceKm + distance(a, b, { units: 'kilometers' }) / 2;
		const dLat = marginKm / KM_PER_DEGREE;
		const south = Math.min(a[1]!, b[1]!) - dLat;
		const north = Math.max(a[1]!, b[1]!) + dLat;
		const widest = Math.max(Math.abs(south), Math.abs(north));
		const dLon = widest >= 89 ? 360 : dLat / Math.cos((widest * Math.PI) / 180);
		const [x0, x1] = [cellOf(Math.min(a[0]!, b[0]!) - dLon), cellOf(Math.max(a[0]!, b[0]!) + dLon)];
		const [y0, y1] = [cellOf(south), cellOf(north)];
		if ((x1 - x0 + 1) * (y1 - y0 + 1) > MAX_CELLS) {
			everywhere.push(i);
			continue;
		}
		for (let x = x0; x <= x1; x++) {
			for (let y = y0; y <= y1; y++) {
				const key = `${x},${y}`;
				const list = cells.get(key);
				if (list) list.push(i);
				else cells.set(key, [i]);
			}
		}
	}
	return (position: Position): number[] => {
		const here = cells.get(`${cellOf(position[0]!)},${cellOf(position[1]!)}`) ?? [];
		return [...new Set([...here, ...everywhere])].sort((p, q) => p - q);
	};
}

export function planDrawing(options: {
	feature: string;
	layer: string;
	coordinates: Position[];
	points: { id: string; coordinates: Position }[];
	toleranceKm?: number;
}): DrawPlan {
	const { coordinates } = options;
	const totalKm = length(lineString(coordinates), { units: 'kilometers' });
	const tolerance = options.toleranceKm ?? 2;
	// Distance along the line to each position, summed as Turf sums it.
	const along = [0];
	for (let i = 1; i < coordinates.length; i++)
		along.push(along[i - 1]! + distance(coordinates[i - 1]!, coordinates[i]!, { units: 'kilometers' }));
	const candidates = segmentGrid(coordinates, tolerance);

	const stops = options.points
		.map(({ id, coordinates: at }) => {
			let best = { km: 0, off: Infinity };
			for (const i of candidates(at)) {
				const segment = lineString([coordinates[i]!, coordinates[i + 1]!]);
				const nearest = nearestPointOnLine(segment, point(at), { units: 'kilometers' });
				if (nearest.properties.dist < best.off)
					best = { km: along[i]! + nearest.properties.location, off: nearest.properties.dist };
			}
			return { id, ...best };
		})
		.filter((stop) => stop.off <= tolerance)
		.map(({ id, km }) => ({ id, km: Math.min(totalKm, Math.floor(km * 1000) / 1000) }))
		.sort((a, b) => a.km - b.km);
	return { feature: options.feature, layer: options.layer, coordinates, totalKm, stops };
}
