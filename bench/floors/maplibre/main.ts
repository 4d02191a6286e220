/**
 * The bare-MapLibre floor: MapLibre, its worker, the basemap style with its tiles and fonts, and
 * the same performance marks as the story's map (src/lib/perf-marks.ts); nothing else. The bench
 * drives it through `window.benchFloor` (the map object is exposed here, never in the site).
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { basemapStyle, SEA_COLOR } from '../../../src/lib/map/basemap-style';
import { LABEL_FONT_FILES } from '../../../src/lib/map/label-fonts';
import { LABEL_FONT } from '../../../src/lib/map/map-style';
import { markMapTimeline } from '../../../src/lib/map/map-timeline';
import { perfMark, PERF_MARKS } from '../../../src/lib/perf-marks';

declare const BASEMAP_MANIFEST: import('../../../src/lib/geodata/manifest').BasemapManifest;

const query = new URLSearchParams(window.location.search);
const container = document.getElementById('map')!;
if (query.has('w')) container.style.width = `${query.get('w')}px`;
if (query.has('h')) container.style.height = `${query.get('h')}px`;
const [lng = 0, lat = 0, zoom = 1] = (query.get('camera') ?? '').split(',').map(Number);
const absolute = (url: string) => new URL(url, window.location.href).href;

maplibregl.setWorkerUrl(workerUrl);
const map = new maplibregl.Map({
	container,
	style: {
		version: 8,
		...(() => {
			const base = basemapStyle({
				tilesBaseUrl: `${window.location.origin}/basemap`,
				fontFamily: LABEL_FONT,
				manifest: BASEMAP_MANIFEST
			});
			return {
				sources: base.sources,
				layers: [
					{ id: 'background', type: 'background', paint: { 'background-color': SEA_COLOR } },
					...base.layers
				]
			};
		})(),
		'font-faces': {
			[LABEL_FONT]: LABEL_FONT_FILES.map((font) => ({
				url: absolute(font.url),
				'unicode-range': font.unicodeRange
			}))
		}
	},
	center: [lng, lat],
	zoom
});
perfMark(PERF_MARKS.created);
markMapTimeline(map);
map.once('load', () => map.once('idle', () => perfMark(PERF_MARKS.ready)));

/** Flies through `cameras` ("lng,lat,zoom"), each flight as long as the story's, waiting for idle after each. */
async function traverse(cameras: string[], duration: number): Promise<void> {
	for (const camera of cameras) {
		const [lng = 0, lat = 0, zoom = 1] = camera.split(',').map(Number);
		const here = map.getCenter();
		if (
			Math.abs(here.lng - lng) < 1e-4 &&
			Math.abs(here.lat - lat) < 1e-4 &&
			Math.abs(map.getZoom() - zoom) < 0.01
		)
			continue;
		const idle = new Promise((resolve) => map.once('moveend', () => map.once('idle', resolve)));
		map.flyTo({ center: [lng, lat], zoom, duration, essential: true });
		await idle;
	}
}

Object.assign(window, { benchFloor: { map, traverse } });
