/**
 * The map's own points on the performance timeline (see ../perf-marks.ts): first draw, and each
 * camera move's start, first frame and idle. Apart from perf-marks.ts so that the page's first
 * scripts (the scroll tracker marks chapter changes) do not carry the basemap style with them.
 */
import type { Map as MapLibreMap, MapSourceDataEvent, MapStyleDataEvent } from 'maplibre-gl';
import { perfMark, PERF_MARKS } from '../perf-marks';
import { BASEMAP_SOURCE_IDS } from './basemap-style';

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
