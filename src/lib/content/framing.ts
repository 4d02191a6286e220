/** Checks that an explicit camera actually shows the layers its chapter names. */
import type { BBox, LngLat } from './schema';
import { containsPoint, padBBox } from '../geodata/bbox';

/** Degrees from `point` to the nearest edge of `box` (0 inside), ignoring latitude scaling. */
function degreesOutside([w, s, e, n]: BBox, [lon, lat]: LngLat): number {
	const dx = lon < w ? w - lon : lon > e ? lon - e : 0;
	const dy = lat < s ? s - lat : lat > n ? lat - n : 0;
	return Math.hypot(dx, dy);
}

/** Half the width, in degrees, of a ~1000 px wide map at `zoom` (256 px tiles). */
export function halfViewDegrees(zoom: number): number {
	return ((1000 / 256) * 360) / 2 ** zoom / 2;
}

export type FramingProblem = { kind: 'swapped'; suggestion: LngLat } | { kind: 'far'; degrees: number };

/**
 * Whether a camera at `center`/`zoom` would show nothing of `layersBox`.
 * When the same numbers read as [lat, lon] would frame the layers, the camera is reported as swapped.
 */
export function framingProblem(center: LngLat, zoom: number, layersBox: BBox): FramingProblem | undefined {
	const reach = halfViewDegrees(zoom);
	const outside = degreesOutside(layersBox, center);
	if (outside <= reach) return undefined;
	const swapped: LngLat = [center[1], center[0]];
	if (containsPoint(padBBox(layersBox, reach), swapped)) return { kind: 'swapped', suggestion: swapped };
	return { kind: 'far', degrees: outside };
}
