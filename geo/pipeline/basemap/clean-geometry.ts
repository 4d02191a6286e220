/**
 * Cleans geojson-vt tile geometry after it was rounded to integer tile units: removes repeated
 * points, and drops lines and rings that collapsed (a ring that keeps no area, and the holes of a
 * dropped outer ring, which MapLibre would otherwise fill as outer rings).
 */
import type { GeoJSONVTFeature } from '@maplibre/geojson-vt';

type Ring = [number, number][];

/** The feature with clean geometry, or null if nothing drawable is left. */
export function cleanFeature(feature: GeoJSONVTFeature): GeoJSONVTFeature | null {
	if (feature.type === 1) {
		return feature.geometry.length ? feature : null;
	}
	if (feature.type === 2) {
		const lines = feature.geometry.map(dedupe).filter((line) => line.length >= 2);
		return lines.length ? { ...feature, geometry: lines } : null;
	}
	const rings = cleanPolygonRings(feature.geometry);
	return rings.length ? { ...feature, geometry: rings } : null;
}

/**
 * Polygon rings as geojson-vt writes them (each outer ring followed by its holes, outer rings
 * wound one way and holes the other): drops rings that have no area left after rounding, and
 * the holes of any outer ring that was dropped.
 */
export function cleanPolygonRings(rings: Ring[]): Ring[] {
	const result: Ring[] = [];
	let outerKept = false;
	for (const raw of rings) {
		const ring = dedupe(raw);
		const area = ring.length >= 4 ? signedArea(ring) : 0;
		// geojson-vt winds outer rings with a negative value of this sum (clockwise on screen, y down).
		const isOuter = area < 0;
		if (area === 0) {
			continue; // degenerate: neither outer nor hole
		}
		if (isOuter) {
			outerKept = true;
			result.push(ring);
		} else if (outerKept) {
			result.push(ring);
		}
	}
	return result;
}

/** Removes consecutive repeated points (keeps a ring's closing point). */
function dedupe(points: Ring): Ring {
	const out: Ring = [];
	for (const p of points) {
		const last = out[out.length - 1];
		if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
	}
	return out;
}

/** geojson-vt's winding sum Σ (xᵢ − xⱼ)(yᵢ + yⱼ) over the ring's edges (twice the signed area). */
export function signedArea(ring: Ring): number {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i]!;
		const [xj, yj] = ring[j]!;
		sum += (xi - xj) * (yi + yj);
	}
	return sum;
}
