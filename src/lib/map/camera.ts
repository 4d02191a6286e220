/**
 * How the map moves to a camera target: a flight, or a jump when motion is reduced or when there
 * is nothing to animate from. Pure; returns the MapLibre call to make.
 * API: https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#flyto
 */
import type { CameraTarget } from './view';

export interface MoveOptions {
	/** Reader asked for reduced motion (OS setting or the page's toggle). */
	reducedMotion: boolean;
	/** False for the first view and for embeds that should not fly. */
	animate: boolean;
}

export type CameraCommand =
	| {
			method: 'flyTo' | 'jumpTo';
			options: {
				center: [number, number];
				zoom: number;
				pitch: number;
				bearing: number;
				duration?: number;
				essential?: boolean;
			};
	  }
	| {
			method: 'fitBounds';
			bounds: [[number, number], [number, number]];
			options: {
				padding: number;
				maxZoom?: number;
				pitch: 0;
				bearing: 0;
				animate: boolean;
				duration?: number;
				essential?: boolean;
			};
	  };

/** Flights take about as long as a reader needs to start the next paragraph. */
export const FLIGHT_MS = 2000;

export function cameraCommand(target: CameraTarget, { reducedMotion, animate }: MoveOptions): CameraCommand {
	const fly = animate && !reducedMotion;
	if (target.kind === 'bounds') {
		const [w, s, e, n] = target.bounds;
		return {
			method: 'fitBounds',
			bounds: [
				[w, s],
				[e, n]
			],
			options: {
				padding: target.padding,
				...(target.maxZoom === undefined ? {} : { maxZoom: target.maxZoom }),
				pitch: 0,
				bearing: 0,
				animate: fly,
				...(fly ? { duration: FLIGHT_MS, essential: true } : {})
			}
		};
	}
	const options = { center: target.center, zoom: target.zoom, pitch: target.pitch, bearing: target.bearing };
	// essential: our own reducedMotion already decided; MapLibre must not second-guess it.
	return fly
		? { method: 'flyTo', options: { ...options, duration: FLIGHT_MS, essential: true } }
		: { method: 'jumpTo', options };
}

/**
 * The map's current view as a chapter's `camera:` line, ready to paste into its front matter
 * (the authors' preview offers it: StoryMap.svelte, under `npm run dev`).
 */
export function cameraYaml(view: {
	lon: number;
	lat: number;
	zoom: number;
	pitch: number;
	bearing: number;
}): string {
	const round = (value: number, digits: number) => Number(value.toFixed(digits));
	const parts = [`center: [${round(view.lon, 4)}, ${round(view.lat, 4)}]`, `zoom: ${round(view.zoom, 2)}`];
	if (round(view.pitch, 1) !== 0) parts.push(`pitch: ${round(view.pitch, 1)}`);
	if (round(view.bearing, 1) !== 0) parts.push(`bearing: ${round(view.bearing, 1)}`);
	return `camera: { ${parts.join(', ')} }`;
}
