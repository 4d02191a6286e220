/**
 * Named points on the page's performance timeline (`performance.mark`), read by the benchmark
 * (bench/, `npm run bench`) with `performance.getEntriesByType('mark')` and shown by DevTools'
 * Performance panel. A handful of marks per map load and per camera move, never one per frame; no
 * cost beyond that when nobody reads them. The bench's bare-MapLibre floor page sets the same marks
 * with this same code, so the story and the floor are timed identically.
 */
import type { Map as MapLibreMap, MapSourceDataEvent, MapStyleDataEvent } from 'maplibre-gl';
import { BASEMAP_SOURCE_IDS } from './map/basemap-style';

export const PERF_MARKS = {
	/** The active chapter changed (scroll tracker); `detail` is the chapter index. */
	chapter: 'story:chapter',
	/** `new maplibregl.Map(…)` returned. */
	created: 'map:created',
	/** The first frame drawn with a basemap tile in it. */
	firstDraw: 'map:first-draw',
	/** The first complete view: the moment the container gets `data-ready`. */
	ready: 'map:ready',
	/** The camera started moving (MapLibre's `movestart`). */
	moveStart: 'map:movestart',
	/** The first frame drawn after a `movestart`. */
	moveFrame: 'map:move-frame',
	/** Nothing moving, nothing loading (MapLibre's `idle`). */
	idle: 'map:idle'
} as const;

export function perfMark(name: string, detail?: unknown): void {
	// Old browsers without User Timing Level 3 still get the mark, without detail.
	try {
		performance.mark(name, detail === undefined ? undefined : { detail });
	} catch {
		performance.mark?.(name);
	}
}

/** Marks first draw, every camera move's start, its first frame, and every idle of `map`. */
export function markMapTimeline(map: Pick<MapLibreMap, 'on' | 'off'>): void {
	const basemap = new Set<string>(Object.values(BASEMAP_SOURCE_IDS));
	let tileArrived = false;
	let firstDrawn = false;
	let awaitingMoveFrame = false;

	const onData = (event: MapSourceDataEvent | MapStyleDataEvent) => {
		if (event.dataType === 'source' && event.tile && basemap.has(event.sourceId)) {
			tileArrived = true;
			map.off('data', onData);
		}
	};
	map.on('data', onData);
	map.on('render', () => {
		if (tileArrived && !firstDrawn) {
			firstDrawn = true;
			perfMark(PERF_MARKS.firstDraw);
		}
		if (awaitingMoveFrame) {
			awaitingMoveFrame = false;
			perfMark(PERF_MARKS.moveFrame);
		}
	});
	map.on('movestart', () => {
		perfMark(PERF_MARKS.moveStart);
		awaitingMoveFrame = true;
	});
	map.on('idle', () => perfMark(PERF_MARKS.idle));
}
