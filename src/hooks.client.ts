/**
 * Runs once when the app starts in the browser, before hydration (SvelteKit's client `init` hook).
 * https://svelte.dev/docs/kit/hooks#Shared-hooks-init
 */
import type { ClientInit } from '@sveltejs/kit';
import { loadLabelFonts } from '$lib/map/label-fonts';
import { loadMapEngine, loadMaplibre } from '$lib/map/load-maplibre';
import { loadStoryMap } from '$lib/map/StoryMapLazy.svelte';
import { perfMark, PERF_MARKS } from '$lib/perf-marks';

export const init: ClientInit = () => {
	perfMark(PERF_MARKS.appStart);
	// Every page shows a map (the /chapter/<id> links forward to the story at once): start MapLibre,
	// its worker, the map code and the label font now. StoryMap reports any failure.
	loadMapEngine().catch(() => undefined);
	void loadLabelFonts();
	loadStoryMap().catch(() => undefined);
	// Hydration does not wait for it: measured, evaluating MapLibre first made neither the map nor
	// the text come sooner (docs/performance.md).
	loadMaplibre().catch(() => undefined);
};
