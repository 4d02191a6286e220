/**
 * Web Mercator as MapLibre draws it: a 512-pixel world at zoom 0 (MapLibre's tile size), y down.
 * `frameFor` resolves a chapter's camera for a box of a given size the way MapLibre does, so a
 * static map shows what the live map shows in a box of that size.
 * MapLibre source: src/geo/projection/camera_helper.ts (cameraForBoxAndBearing),
 * src/geo/mercator_coordinate.ts (mercatorXfromLng, mercatorYfromLat).
 */
import type { LngLat } from '../content/schema';
import type { CameraTarget } from '../map/view';

/** Size of the world at zoom 0, in pixels (MapLibre's 512-px tiles). */
export const TILE_SIZE = 512;
/** MapLibre's limits (Map options minZoom/maxZoom defaults) and its largest valid latitude. */
export const MIN_ZOOM = 0;
export const MAX_ZOOM = 22;
export const MAX_LATITUDE = 85.051129;

/** Longitude → x in [0, 1] across the world. */
export function mercatorX(lon: number): number {
	return (180 + lon) / 360;
}

/** Latitude → y in [0, 1] from the top of the world. */
export function mercatorY(lat: number): number {
	const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
	return (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360))) / 360;
}

export function lngFromMercatorX(x: number): number {
	return x * 360 - 180;
}

export function latFromMercatorY(y: number): number {
	const y2 = 180 - y * 360;
	return (360 / Math.PI) * Math.atan(Math.exp((y2 * Math.PI) / 180)) - 90;
}

export interface Size {
	width: number;
	height: number;
}

/** A resolved view: what a map of `width` × `height` pixels shows. */
export interface MapFrame extends Size {
	center: LngLat;
	zoom: number;
	/**
	 * For a fitted camera that its maxZoom did not cap: the fitted box with its padding, in frame
	 * pixels [x0, y0, x1, y1]. In a box of another size MapLibre fits this region again; a static
	 * map does the same by fitting it (see render.ts).
	 */
	fitted?: [number, number, number, number];
}

const clampZoom = (zoom: number) => Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));

/**
 * The camera MapLibre's fitBounds picks for a box at bearing 0: the largest zoom at which the box
 * fits inside the map minus the padding on each side (capped by maxZoom), centred on the middle of
 * the box in Mercator. Undefined when the padding leaves no room (MapLibre then does not move).
 */
export function fitCamera(
	[west, south, east, north]: readonly [number, number, number, number],
	padding: number,
	size: Size,
	maxZoom = MAX_ZOOM
): { center: LngLat; zoom: number } | undefined {
	const x0 = mercatorX(west);
	const x1 = mercatorX(east);
	const y0 = mercatorY(north);
	const y1 = mercatorY(south);
	const scaleX = (size.width - 2 * padding) / ((x1 - x0) * TILE_SIZE);
	const scaleY = (size.height - 2 * padding) / ((y1 - y0) * TILE_SIZE);
	if (scaleX < 0 || scaleY < 0) return undefined;
	const zoom = clampZoom(Math.min(Math.log2(Math.min(scaleX, scaleY)), maxZoom));
	return { center: [lngFromMercatorX((x0 + x1) / 2), latFromMercatorY((y0 + y1) / 2)], zoom };
}

/** What the live map shows for `camera` in a box of `size`, north up (pitch and bearing are not reproduced). */
export function frameFor(camera: CameraTarget, size: Size): MapFrame {
	if (camera.kind === 'center') {
		return { ...size, center: camera.center, zoom: clampZoom(camera.zoom) };
	}
	// When the padding leaves no room MapLibre does not move; a static map still has to show
	// something, so it fits without padding.
	const padding = fitCamera(camera.bounds, camera.padding, size) ? camera.padding : 0;
	const best = fitCamera(camera.bounds, padding, size)!;
	const capped = fitCamera(camera.bounds, padding, size, camera.maxZoom)!;
	const frame: MapFrame = { ...size, ...capped };
	// Capped by maxZoom: the zoom is fixed, as for an explicit camera.
	if (capped.zoom < best.zoom) return frame;
	const project = projector(frame);
	const [w, s, e, n] = camera.bounds;
	const [x0, y1] = project(w, s);
	const [x1, y0] = project(e, n);
	return { ...frame, fitted: [x0 - padding, y0 - padding, x1 + padding, y1 + padding] };
}

/** Projects [lon, lat] to pixels in the frame (origin top left). */
export function projector(frame: MapFrame): (lon: number, lat: number) => [number, number] {
	const world = TILE_SIZE * 2 ** frame.zoom;
	const cx = mercatorX(frame.center[0]) * world;
	const cy = mercatorY(frame.center[1]) * world;
	return (lon, lat) => [
		mercatorX(lon) * world - cx + frame.width / 2,
		mercatorY(lat) * world - cy + frame.height / 2
	];
}

/** The lon/lat box a frame covers, grown by `marginX`/`marginY` pixels on each side. */
export function frameBounds(
	frame: MapFrame,
	marginX = 0,
	marginY = marginX
): [number, number, number, number] {
	const world = TILE_SIZE * 2 ** frame.zoom;
	const cx = mercatorX(frame.center[0]) * world;
	const cy = mercatorY(frame.center[1]) * world;
	const halfW = frame.width / 2 + marginX;
	const halfH = frame.height / 2 + marginY;
	return [
		lngFromMercatorX((cx - halfW) / world),
		latFromMercatorY((cy + halfH) / world),
		lngFromMercatorX((cx + halfW) / world),
		latFromMercatorY((cy - halfH) / world)
	];
}
