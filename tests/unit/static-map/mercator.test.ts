/**
 * The static map is framed like the live map: checked against MapLibre's own camera code
 * (maplibre-gl 6.17 source, imported from node_modules: the same functions Map#fitBounds and the
 * renderer use), for explicit and fitted cameras, in the frames the site uses.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BBox } from '../../../src/lib/content/schema';
import { STATIC_MAP_FRAMES } from '../../../src/lib/static-map/frames';
import { fitCamera, frameFor, projector, type Size } from '../../../src/lib/static-map/mercator';
import { loadMapLibreCamera, type MapLibreCamera, type Transform } from './maplibre-camera';

let ml: MapLibreCamera;
beforeAll(async () => {
	ml = await loadMapLibreCamera();
});

function maplibre(size: Size, center?: [number, number], zoom?: number): Transform {
	const transform = new ml.MercatorTransform();
	transform.resize(size.width, size.height);
	if (zoom !== undefined) transform.setZoom(zoom);
	if (center) transform.setCenter(new ml.LngLat(...center));
	return transform;
}

/** What Map#fitBounds computes (bearing 0, a padding on every side, no offset). */
function maplibreFit(box: BBox, padding: number, size: Size, maxZoom = 22) {
	const [w, s, e, n] = box;
	const sides = { top: padding, bottom: padding, left: padding, right: padding };
	const none = { top: 0, bottom: 0, left: 0, right: 0 };
	const camera = ml.cameraForBoxAndBearing(
		{ padding: sides, offset: [0, 0], maxZoom },
		sides,
		none,
		new ml.LngLatBounds([w, s], [e, n]),
		0,
		maplibre(size)
	)!;
	return { center: [camera.center.lng, camera.center.lat], zoom: camera.zoom };
}

const boxes: { name: string; box: BBox; padding: number; maxZoom?: number }[] = [
	{ name: 'a wide region (Paris to Tehran)', box: [2.2, 33.2, 51.5, 49.1], padding: 60 },
	{ name: 'a tall, narrow box', box: [44.3, 33.2, 44.8, 36.4], padding: 90 },
	{ name: 'a small box capped by maxZoom', box: [19.4, 41.3, 19.9, 41.5], padding: 60, maxZoom: 10 },
	{ name: 'a point-like box', box: [51.38, 35.68, 51.4, 35.7], padding: 40, maxZoom: 9 }
];

describe('fitted cameras match MapLibre', () => {
	for (const frame of STATIC_MAP_FRAMES) {
		for (const { name, box, padding, maxZoom } of boxes) {
			it(`${name}, in the ${frame.id} frame (${frame.width} × ${frame.height})`, () => {
				const expected = maplibreFit(box, padding, frame, maxZoom);
				const actual = fitCamera(box, padding, frame, maxZoom)!;
				expect(actual.zoom).toBeCloseTo(expected.zoom, 9);
				expect(actual.center[0]).toBeCloseTo(expected.center[0]!, 9);
				expect(actual.center[1]).toBeCloseTo(expected.center[1]!, 9);
			});
		}
	}

	it('gives up like MapLibre when the padding leaves no room, then frames without padding', () => {
		const size = { width: 390, height: 354 };
		expect(fitCamera([44, 33, 45, 34], 200, size)).toBeUndefined();
		const frame = frameFor({ kind: 'bounds', bounds: [44, 33, 45, 34], padding: 200 }, size);
		expect(frame.zoom).toBeCloseTo(maplibreFit([44, 33, 45, 34], 0, size).zoom, 9);
	});
});

describe('in a box of another size, a fitted static map scales as MapLibre refits', () => {
	// The overview's box and padding, in the wide frame, shown in the map column of other windows.
	const box: BBox = [2.2, 33.2, 51.5, 49.1];
	const frame = frameFor({ kind: 'bounds', bounds: box, padding: 60 }, { width: 642, height: 800 });
	const columns = [
		{ window: '1440 × 900', width: 803, height: 900 },
		{ window: '1920 × 1080', width: 1286, height: 1080 },
		{ window: '1024 × 768', width: 387, height: 768 }
	];
	for (const column of columns) {
		it(`at ${column.window} (map column ${column.width} × ${column.height})`, () => {
			const [x0, y0, x1, y1] = frame.fitted!;
			// preserveAspectRatio="xMidYMid meet": the fitted region scaled to fit, centred.
			const scale = Math.min(column.width / (x1 - x0), column.height / (y1 - y0));
			const staticZoom = frame.zoom + Math.log2(scale);
			const live = maplibreFit(box, 60, column);
			// Only the padding differs: it scales with the picture instead of staying 60 px, which
			// matters most in narrow boxes (0.07 zoom levels at 1440 × 900, 0.24 at 1024 × 768).
			expect(Math.abs(staticZoom - live.zoom)).toBeLessThan(0.25);
			expect(live.center[0]).toBeCloseTo(frame.center[0], 9);
			expect(live.center[1]).toBeCloseTo(frame.center[1], 9);
		});
	}

	it('a camera capped by maxZoom keeps its zoom, so the whole frame is kept instead', () => {
		const capped = frameFor(
			{ kind: 'bounds', bounds: [19.4, 41.3, 19.9, 41.5], padding: 60, maxZoom: 9 },
			{ width: 642, height: 800 }
		);
		expect(capped.zoom).toBe(9);
		expect(capped.fitted).toBeUndefined();
	});
});

describe('the projection puts places where MapLibre draws them', () => {
	const places: [number, number][] = [
		[51.389, 35.6892], // Tehran
		[2.3522, 48.8566], // Paris
		[44.5667, 34.0667], // Camp Ashraf
		[19.6, 41.42] // near Ashraf-3
	];

	it('for an explicit camera (centre and zoom)', () => {
		const size = { width: 642, height: 800 };
		const camera = {
			kind: 'center' as const,
			center: [51.389, 35.6892] as [number, number],
			zoom: 7.5,
			pitch: 0,
			bearing: 0
		};
		const frame = frameFor(camera, size);
		expect(frame).toMatchObject({ center: camera.center, zoom: 7.5, ...size });
		const project = projector(frame);
		const transform = maplibre(size, camera.center, camera.zoom);
		for (const place of places) {
			const point = transform.locationToScreenPoint(new ml.LngLat(...place));
			const [x, y] = project(...place);
			expect(x).toBeCloseTo(point.x, 6);
			expect(y).toBeCloseTo(point.y, 6);
		}
	});

	it('for a fitted camera: the box, less its padding, fills the frame', () => {
		const size = { width: 390, height: 354 };
		const box: BBox = [2.2, 33.2, 51.5, 49.1];
		const frame = frameFor({ kind: 'bounds', bounds: box, padding: 60 }, size);
		const project = projector(frame);
		const transform = maplibre(size, frame.center, frame.zoom);
		const [x0, y1] = project(box[0], box[1]);
		const [x1, y0] = project(box[2], box[3]);
		// The box touches the padding on one axis and is centred on the other.
		const touchesX = Math.abs(x0 - 60) < 1e-6 && Math.abs(x1 - (size.width - 60)) < 1e-6;
		const touchesY = Math.abs(y0 - 60) < 1e-6 && Math.abs(y1 - (size.height - 60)) < 1e-6;
		expect(touchesX || touchesY).toBe(true);
		expect((x0 + x1) / 2).toBeCloseTo(size.width / 2, 6);
		expect((y0 + y1) / 2).toBeCloseTo(size.height / 2, 6);
		const corner = transform.locationToScreenPoint(new ml.LngLat(box[0], box[1]));
		expect(x0).toBeCloseTo(corner.x, 6);
		expect(y1).toBeCloseTo(corner.y, 6);
	});
});
