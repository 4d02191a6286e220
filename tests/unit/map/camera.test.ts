import { describe, expect, it } from 'vitest';
import { cameraCommand, cameraYaml, FLIGHT_MS } from '../../../src/lib/map/camera';
import type { CameraTarget } from '../../../src/lib/map/view';

const center: CameraTarget = { kind: 'center', center: [51.4, 35.7], zoom: 9, pitch: 20, bearing: -10 };
const bounds: CameraTarget = { kind: 'bounds', bounds: [2, 48, 3, 49], padding: 40, maxZoom: 9 };

describe('cameraCommand', () => {
	it('flies to a centre camera when motion is allowed', () => {
		expect(cameraCommand(center, { reducedMotion: false, animate: true })).toEqual({
			method: 'flyTo',
			options: {
				center: [51.4, 35.7],
				zoom: 9,
				pitch: 20,
				bearing: -10,
				duration: FLIGHT_MS,
				essential: true
			}
		});
	});

	it('jumps when the reader prefers reduced motion', () => {
		expect(cameraCommand(center, { reducedMotion: true, animate: true })).toEqual({
			method: 'jumpTo',
			options: { center: [51.4, 35.7], zoom: 9, pitch: 20, bearing: -10 }
		});
	});

	it('jumps for the first view even with motion allowed', () => {
		expect(cameraCommand(center, { reducedMotion: false, animate: false }).method).toBe('jumpTo');
	});

	it('fits bounds with padding and max zoom, animated or not', () => {
		const animated = cameraCommand(bounds, { reducedMotion: false, animate: true });
		expect(animated).toEqual({
			method: 'fitBounds',
			bounds: [
				[2, 48],
				[3, 49]
			],
			options: {
				padding: 40,
				maxZoom: 9,
				pitch: 0,
				bearing: 0,
				animate: true,
				duration: FLIGHT_MS,
				essential: true
			}
		});
		const still = cameraCommand(bounds, { reducedMotion: true, animate: true });
		expect(still.method === 'fitBounds' && still.options.animate).toBe(false);
	});
});

describe('cameraYaml', () => {
	it('writes the view as a camera line an author pastes into a chapter', () => {
		expect(cameraYaml({ lon: 51.38904, lat: 35.68921, zoom: 7.456, pitch: 0, bearing: -0.01 })).toBe(
			'camera: { center: [51.389, 35.6892], zoom: 7.46 }'
		);
		expect(cameraYaml({ lon: 2.35, lat: 48.86, zoom: 5, pitch: 30, bearing: 12.34 })).toBe(
			'camera: { center: [2.35, 48.86], zoom: 5, pitch: 30, bearing: 12.3 }'
		);
	});
});
