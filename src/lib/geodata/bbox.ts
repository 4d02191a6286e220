import type { BBox, LngLat } from '../content/schema';

/** Smallest box containing all boxes. */
export function unionBBox(boxes: readonly BBox[]): BBox {
	if (boxes.length === 0) throw new Error('unionBBox needs at least one box');
	return boxes.reduce<BBox>(
		(acc, b) => [
			Math.min(acc[0], b[0]),
			Math.min(acc[1], b[1]),
			Math.max(acc[2], b[2]),
			Math.max(acc[3], b[3])
		],
		[Infinity, Infinity, -Infinity, -Infinity]
	);
}

/** The box grown by `degrees` on every side (clamped to valid coordinates). */
export function padBBox([w, s, e, n]: BBox, degrees: number): BBox {
	return [
		Math.max(-180, w - degrees),
		Math.max(-90, s - degrees),
		Math.min(180, e + degrees),
		Math.min(90, n + degrees)
	];
}

export function containsPoint([w, s, e, n]: BBox, [lon, lat]: LngLat): boolean {
	return lon >= w && lon <= e && lat >= s && lat <= n;
}
