/**
 * Derives coastlines from the clipped ocean polygon: its ring edges, minus the edges that run
 * along the clip box, i.e. the polygons' own bounding box (where the extract was cut, not coast).
 * Deriving them from the same polygon as the sea fill makes line and fill match exactly.
 */
import type { Feature, MultiLineString, Position } from 'geojson';
import type { Bounds } from './tile-pyramid';

/** Coastline features (MultiLineString) for every Polygon/MultiPolygon feature of `features`. */
export function coastlineFromPolygons(features: Feature[], epsilon = 1e-6): Feature[] {
	const clip = polygonBounds(features);
	const result: Feature[] = [];
	if (!clip) return result;
	for (const feature of features) {
		const geometry = feature.geometry;
		if (!geometry) continue;
		const polygons =
			geometry.type === 'Polygon'
				? [geometry.coordinates]
				: geometry.type === 'MultiPolygon'
					? geometry.coordinates
					: [];
		const lines: Position[][] = [];
		for (const ring of polygons.flat()) lines.push(...splitRingAtClip(ring, clip, epsilon));
		if (lines.length) {
			const multi: MultiLineString = { type: 'MultiLineString', coordinates: lines };
			result.push({ type: 'Feature', geometry: multi, properties: {} });
		}
	}
	return result;
}

/** The parts of a closed ring that do not lie along an edge of the clip box. */
export function splitRingAtClip(ring: Position[], clip: Bounds, epsilon = 1e-6): Position[][] {
	const [west, south, east, north] = clip;
	const near = (a: number, b: number) => Math.abs(a - b) <= epsilon;
	/** True if the segment a→b runs along one side of the box. */
	const onClip = (a: Position, b: Position) =>
		(near(a[0]!, west) && near(b[0]!, west)) ||
		(near(a[0]!, east) && near(b[0]!, east)) ||
		(near(a[1]!, south) && near(b[1]!, south)) ||
		(near(a[1]!, north) && near(b[1]!, north));

	const n = ring.length;
	if (n < 2) return [];
	// Start the walk just after a clip-box segment, so a coast run is not split at the ring's seam.
	let start = 0;
	for (let i = 0; i < n - 1; i++) {
		if (onClip(ring[i]!, ring[i + 1]!)) {
			start = i + 1;
			break;
		}
	}
	const parts: Position[][] = [];
	let current: Position[] = [];
	for (let k = 0; k < n - 1; k++) {
		const a = ring[(start + k) % (n - 1)]!;
		const b = ring[(start + k + 1) % (n - 1)]!;
		if (onClip(a, b)) {
			if (current.length >= 2) parts.push(current);
			current = [];
			continue;
		}
		if (!current.length) current.push(a);
		current.push(b);
	}
	if (current.length >= 2) parts.push(current);
	return parts;
}

/** Bounding box of all polygon rings in `features`, or null if there are none. */
function polygonBounds(features: Feature[]): Bounds | null {
	let west = Infinity;
	let south = Infinity;
	let east = -Infinity;
	let north = -Infinity;
	for (const feature of features) {
		const g = feature.geometry;
		const polygons =
			g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : [];
		for (const ring of polygons.flat()) {
			for (const [x, y] of ring as [number, number][]) {
				if (x < west) west = x;
				if (x > east) east = x;
				if (y < south) south = y;
				if (y > north) north = y;
			}
		}
	}
	return west < east && south < north ? [west, south, east, north] : null;
}
