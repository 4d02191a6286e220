/**
 * A chapter's map view as data, and the difference between two views as operations.
 * Pure: no MapLibre, no DOM. The controller applies the operations to a map.
 */
import type { BBox, ChapterFrontMatter, LngLat } from '../content/schema';
import { unionBBox } from '../geodata/bbox';
import type { ManifestLayer } from '../geodata/manifest';

export type CameraTarget =
	| { kind: 'center'; center: LngLat; zoom: number; pitch: number; bearing: number }
	| { kind: 'bounds'; bounds: BBox; padding: number; maxZoom?: number };

export interface MapView {
	camera: CameraTarget;
	/** Story layers shown; every other story layer is hidden. */
	layers: string[];
	/** Highlighted feature ids. */
	highlight: string[];
	/** A line feature drawn progressively (see route-drawing.ts), if any. */
	draw?: string;
}

export type MapOp =
	| { op: 'camera'; target: CameraTarget }
	| { op: 'visibility'; layer: string; visible: boolean }
	| { op: 'highlight'; feature: string; on: boolean }
	| { op: 'draw'; feature: string | null };

type ChapterViewInput = Pick<ChapterFrontMatter, 'camera' | 'layers' | 'highlight' | 'draw'>;

/** Resolves a chapter's camera (a `fit` becomes the bounding box of the named layers). */
export function chapterView(
	chapter: ChapterViewInput,
	layers: readonly Pick<ManifestLayer, 'id' | 'bbox'>[]
): MapView {
	const { camera } = chapter;
	let target: CameraTarget;
	if ('fit' in camera) {
		const ids = Array.isArray(camera.fit) ? camera.fit : [camera.fit];
		const boxes = layers.filter((layer) => ids.includes(layer.id)).map((layer) => layer.bbox);
		if (boxes.length === 0) throw new Error(`camera.fit names no known layer: ${ids.join(', ')}`);
		target = { kind: 'bounds', bounds: unionBBox(boxes), padding: camera.padding, maxZoom: camera.maxZoom };
	} else {
		target = {
			kind: 'center',
			center: camera.center,
			zoom: camera.zoom,
			pitch: camera.pitch,
			bearing: camera.bearing
		};
	}
	return {
		camera: target,
		layers: [...chapter.layers],
		highlight: [...chapter.highlight],
		...(chapter.draw ? { draw: chapter.draw } : {})
	};
}

export function sameCamera(a: CameraTarget, b: CameraTarget): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Operations that turn the map from `previous` (null: nothing applied yet) into `next`.
 * With no previous view, every layer in `allLayers` gets an explicit visibility.
 */
export function diffViews(previous: MapView | null, next: MapView, allLayers: readonly string[]): MapOp[] {
	const ops: MapOp[] = [];
	if (!previous || !sameCamera(previous.camera, next.camera)) ops.push({ op: 'camera', target: next.camera });

	for (const layer of allLayers) {
		const was = previous?.layers.includes(layer);
		const is = next.layers.includes(layer);
		if (previous === null || was !== is) ops.push({ op: 'visibility', layer, visible: is });
	}
	for (const feature of previous?.highlight ?? []) {
		if (!next.highlight.includes(feature)) ops.push({ op: 'highlight', feature, on: false });
	}
	for (const feature of next.highlight) {
		if (!previous?.highlight.includes(feature)) ops.push({ op: 'highlight', feature, on: true });
	}
	if ((previous?.draw ?? null) !== (next.draw ?? null)) ops.push({ op: 'draw', feature: next.draw ?? null });
	return ops;
}
