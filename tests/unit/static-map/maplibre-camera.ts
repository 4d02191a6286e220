/**
 * MapLibre's own camera code, loaded from its TypeScript source in node_modules (maplibre-gl ships
 * it), so tests can compare the static maps' framing with what the live map computes. Loaded by a
 * runtime path, so that type checking does not pull MapLibre's whole source into our project;
 * these types describe only what the tests use.
 */
import { fileURLToPath } from 'node:url';

const source = fileURLToPath(new URL('../../../node_modules/maplibre-gl/src/', import.meta.url));

interface LngLatLike {
	lng: number;
	lat: number;
}
interface Padding {
	top: number;
	bottom: number;
	left: number;
	right: number;
}
export interface Transform {
	resize(width: number, height: number): void;
	setZoom(zoom: number): void;
	setCenter(center: LngLatLike): void;
	locationToScreenPoint(location: LngLatLike): { x: number; y: number };
}

export interface MapLibreCamera {
	LngLat: new (lng: number, lat: number) => LngLatLike;
	LngLatBounds: new (sw: [number, number], ne: [number, number]) => unknown;
	MercatorTransform: new () => Transform;
	cameraForBoxAndBearing(
		options: { padding: Padding; offset: [number, number]; maxZoom: number },
		fitPadding: Padding,
		mapPadding: Padding,
		bounds: unknown,
		bearing: number,
		transform: Transform
	): { center: LngLatLike; zoom: number } | undefined;
}

export async function loadMapLibreCamera(): Promise<MapLibreCamera> {
	const load = (path: string) => import(/* @vite-ignore */ `${source}${path}`);
	const [lngLat, bounds, helper, transform] = await Promise.all([
		load('geo/lng_lat.ts'),
		load('geo/lng_lat_bounds.ts'),
		load('geo/projection/camera_helper.ts'),
		load('geo/projection/mercator_transform.ts')
	]);
	return {
		LngLat: lngLat.LngLat,
		LngLatBounds: bounds.LngLatBounds,
		MercatorTransform: transform.MercatorTransform,
		cameraForBoxAndBearing: helper.cameraForBoxAndBearing
	};
}
