import { describe, expect, it } from 'vitest';
import { chapterView, diffViews, type MapView } from '../../../src/lib/map/view';

const layers = [
	{ id: 'a', bbox: [0, 0, 10, 10] as [number, number, number, number] },
	{ id: 'b', bbox: [20, -5, 30, 5] as [number, number, number, number] }
];
const centerView = (layers: string[], highlight: string[] = []): MapView => ({
	camera: { kind: 'center', center: [5, 5], zoom: 4, pitch: 0, bearing: 0 },
	layers,
	highlight
});

describe('chapterView', () => {
	it('turns a fit camera into the union of the named layers’ boxes', () => {
		const view = chapterView(
			{ camera: { fit: ['a', 'b'], padding: 30 }, layers: ['a'], highlight: [] },
			layers
		);
		expect(view.camera).toEqual({ kind: 'bounds', bounds: [0, -5, 30, 10], padding: 30, maxZoom: undefined });
	});

	it('keeps an explicit camera as it is', () => {
		const view = chapterView(
			{ camera: { center: [1, 2], zoom: 3, pitch: 10, bearing: 20 }, layers: [], highlight: [] },
			layers
		);
		expect(view.camera).toEqual({ kind: 'center', center: [1, 2], zoom: 3, pitch: 10, bearing: 20 });
	});

	it('refuses a fit on unknown layers rather than guessing', () => {
		expect(() =>
			chapterView({ camera: { fit: 'zzz', padding: 0 }, layers: [], highlight: [] }, layers)
		).toThrow(/zzz/);
	});
});

describe('diffViews', () => {
	it('sets the camera and every layer’s visibility the first time', () => {
		expect(diffViews(null, centerView(['a'], ['x']), ['a', 'b'])).toEqual([
			{ op: 'camera', target: centerView([]).camera },
			{ op: 'visibility', layer: 'a', visible: true },
			{ op: 'visibility', layer: 'b', visible: false },
			{ op: 'highlight', feature: 'x', on: true }
		]);
	});

	it('only changes what differs', () => {
		const ops = diffViews(centerView(['a'], ['x', 'y']), centerView(['b'], ['y', 'z']), ['a', 'b']);
		expect(ops).toEqual([
			{ op: 'visibility', layer: 'a', visible: false },
			{ op: 'visibility', layer: 'b', visible: true },
			{ op: 'highlight', feature: 'x', on: false },
			{ op: 'highlight', feature: 'z', on: true }
		]);
	});

	it('does nothing for the same view', () => {
		expect(diffViews(centerView(['a'], ['x']), centerView(['a'], ['x']), ['a', 'b'])).toEqual([]);
	});

	it('moves the camera when only the camera differs', () => {
		const next = {
			...centerView(['a']),
			camera: { kind: 'center' as const, center: [6, 5] as [number, number], zoom: 4, pitch: 0, bearing: 0 }
		};
		expect(diffViews(centerView(['a']), next, ['a'])).toEqual([{ op: 'camera', target: next.camera }]);
	});
});
