/**
 * Web Mercator tile maths for the basemap pyramid: which z/x/y tiles cover a lon/lat box.
 * The ranges match MapLibre's own `bounds` test (floor of the west/north edge, ceil of the
 * east/south edge, exclusive), so every tile MapLibre may request for a source is written.
 */

/** A lon/lat box: [west, south, east, north] in degrees. */
export type Bounds = [west: number, south: number, east: number, north: number];

/** One tile address. */
export interface TileCoord {
	z: number;
	x: number;
	y: number;
}

/** Web Mercator's latitude limit (the square world of tile 0/0/0). */
export const MAX_MERCATOR_LAT = 85.0511287798066;

/** Longitude → fractional world x in [0, 1]. */
export function lonToWorldX(lon: number): number {
	return (lon + 180) / 360;
}

/** Latitude → fractional world y in [0, 1] (0 at the top), clamped to the Mercator square. */
export function latToWorldY(lat: number): number {
	const clamped = Math.max(-MAX_MERCATOR_LAT, Math.min(MAX_MERCATOR_LAT, lat));
	const sin = Math.sin((clamped * Math.PI) / 180);
	return 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
}

/** Inclusive tile x/y ranges covering `bounds` at zoom `z`. */
export function tileRange(
	bounds: Bounds,
	z: number
): { minX: number; maxX: number; minY: number; maxY: number } {
	const [west, south, east, north] = bounds;
	if (!(west < east) || !(south < north)) {
		throw new Error(`Invalid bounds ${JSON.stringify(bounds)}: need west < east and south < north`);
	}
	const n = 2 ** z;
	const clampIndex = (v: number) => Math.max(0, Math.min(n - 1, v));
	return {
		minX: clampIndex(Math.floor(lonToWorldX(Math.max(-180, west)) * n)),
		maxX: clampIndex(Math.ceil(lonToWorldX(Math.min(180, east)) * n) - 1),
		minY: clampIndex(Math.floor(latToWorldY(north) * n)),
		maxY: clampIndex(Math.ceil(latToWorldY(south) * n) - 1)
	};
}

/** Every tile covering `bounds` from `minzoom` to `maxzoom`, ordered by z, then x, then y. */
export function tilesInBounds(bounds: Bounds, minzoom: number, maxzoom: number): TileCoord[] {
	const tiles: TileCoord[] = [];
	for (let z = minzoom; z <= maxzoom; z++) {
		const { minX, maxX, minY, maxY } = tileRange(bounds, z);
		for (let x = minX; x <= maxX; x++) {
			for (let y = minY; y <= maxY; y++) tiles.push({ z, x, y });
		}
	}
	return tiles;
}

/** The tile containing a lon/lat point at zoom `z`. */
export function tileForPoint(lon: number, lat: number, z: number): TileCoord {
	const n = 2 ** z;
	const clampIndex = (v: number) => Math.max(0, Math.min(n - 1, v));
	return {
		z,
		x: clampIndex(Math.floor(lonToWorldX(lon) * n)),
		y: clampIndex(Math.floor(latToWorldY(lat) * n))
	};
}
