import { describe, expect, it } from 'vitest';
import { EMBED_MAX_PADDING, embedView } from '../../../src/lib/embed/embed-view';
import type { MapView } from '../../../src/lib/map/view';

const fitted = (padding: number): MapView => ({
	camera: { kind: 'bounds', bounds: [45, 33, 47, 35], padding, maxZoom: 9 },
	layers: ['advance-1988'],
	highlight: ['route-1988']
});

describe('embedView', () => {
	it('caps a fitted camera’s padding for the small embedded map, keeping everything else', () => {
		expect(embedView(fitted(110))).toEqual({
			...fitted(110),
			camera: { kind: 'bounds', bounds: [45, 33, 47, 35], padding: EMBED_MAX_PADDING, maxZoom: 9 }
		});
	});

	it('leaves small paddings and explicit cameras as they are', () => {
		const small = fitted(20);
		expect(embedView(small)).toBe(small);
		const center: MapView = {
			camera: { kind: 'center', center: [51.389, 35.6892], zoom: 9, pitch: 0, bearing: 0 },
			layers: ['tehran'],
			highlight: []
		};
		expect(embedView(center)).toBe(center);
	});
});
