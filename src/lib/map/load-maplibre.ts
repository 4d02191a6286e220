/**
 * Loads MapLibre and the map code once per page, and starts MapLibre's worker at once.
 *
 * MapLibre's prebuilt ES module is served as a file of its own (`?url`), not bundled: the page can
 * then name it in a `<link rel="preload">` (MapPreloads.svelte) so that it downloads with the
 * HTML, and this import finds it ready. `prewarm()` starts the worker right away, so that
 * downloading and starting it (the slowest part of a map's first view) overlaps with the page's own
 * start instead of waiting for the map to be created. The worker URL must be set in any case:
 * MapLibre looks for its worker next to itself, where the build does not put it.
 * API: https://maplibre.org/maplibre-gl-js/docs/API/functions/prewarm/
 */
import cssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import maplibreUrl from 'maplibre-gl/dist/maplibre-gl.mjs?url';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

type MapLibre = typeof import('maplibre-gl');
type MapEngine = typeof import('./map-engine');

/** MapLibre's module, as served by the site. */
export const MAPLIBRE_URL = maplibreUrl;

let maplibre: Promise<MapLibre> | undefined;
let engine: Promise<MapEngine> | undefined;

/** MapLibre's stylesheet (controls, attribution), added once; resolves when it applies. */
function loadStylesheet(href: string): Promise<void> {
	const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
	const loaded = new Promise<void>((resolve, reject) => {
		link.onload = () => resolve();
		link.onerror = () => reject(new Error(`Could not load ${href}`));
	});
	document.head.append(link);
	return loaded;
}

export function loadMaplibre(): Promise<MapLibre> {
	maplibre ??= Promise.all([
		import(/* @vite-ignore */ maplibreUrl) as Promise<MapLibre>,
		loadStylesheet(cssUrl)
	]).then(([maplibregl]) => {
		maplibregl.setWorkerUrl(workerUrl);
		maplibregl.prewarm();
		return maplibregl;
	});
	return maplibre;
}

export function loadMapEngine(): Promise<MapEngine> {
	engine ??= import('./map-engine');
	return engine;
}

/** MapLibre (worker started) and the map code, for StoryMap. */
export async function loadMap(): Promise<MapEngine & { maplibregl: MapLibre }> {
	const [maplibregl, code] = await Promise.all([loadMaplibre(), loadMapEngine()]);
	return { maplibregl, ...code };
}
