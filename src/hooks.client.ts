/**
 * Runs once when the app starts in the browser, before hydration (SvelteKit's client `init` hook).
 * https://svelte.dev/docs/kit/hooks#Shared-hooks-init
 */
import type { ClientInit } from '@sveltejs/kit';
import { loadMapEngine, loadMaplibre, MAPLIBRE_URL } from '$lib/map/load-maplibre';
import { loadStoryMap } from '$lib/map/StoryMapLazy.svelte';

/** Whether the page's preload of MapLibre's module has finished downloading (Resource Timing). */
function maplibreDownloaded(): boolean {
	return performance.getEntriesByName(new URL(MAPLIBRE_URL, window.location.href).href).length > 0;
}

export const init: ClientInit = async () => {
	// Every page shows a map (the /chapter/<id> links forward to the story at once): start MapLibre,
	// its worker and the map code now. StoryMap reports any failure.
	loadMapEngine().catch(() => undefined);
	loadStoryMap().catch(() => undefined);
	const maplibre = loadMaplibre().catch(() => undefined);
	// When the module is already here, evaluate it and start the worker before hydrating: the worker
	// then starts up while the page hydrates, and the map comes sooner (docs/performance.md). When it
	// is still downloading, hydrate first: the text's links and buttons must not wait for the map.
	if (maplibreDownloaded()) await maplibre;
};
