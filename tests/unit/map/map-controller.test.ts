import { describe, expect, it } from 'vitest';
import { MapController, type MapLike } from '../../../src/lib/map/map-controller';
import { styleLayerIds } from '../../../src/lib/map/story-layers-style';
import type { MapView } from '../../../src/lib/map/view';

/** Records the calls the controller makes, in order, instead of drawing. */
function createRecordingMap(): { map: MapLike; calls: string[] } {
	const calls: string[] = [];
	const visibility = new Map<string, string>();
	const record =
		(name: string) =>
		(...args: unknown[]) => {
			calls.push(`${name} ${JSON.stringify(args)}`);
		};
	const map = {
		flyTo: record('flyTo'),
		jumpTo: record('jumpTo'),
		fitBounds: record('fitBounds'),
		setLayoutProperty: (id: string, name: string, value: string) => {
			calls.push(`setLayoutProperty ${JSON.stringify([id, name, value])}`);
			visibility.set(id, value);
		},
		setFeatureState: record('setFeatureState'),
		getLayoutProperty: (id: string) => visibility.get(id) ?? 'visible',
		stop: record('stop')
	} as unknown as MapLike;
	return { map, calls };
}

const view = (layers: string[], highlight: string[], zoom = 5): MapView => ({
	camera: { kind: 'center', center: [10, 20], zoom, pitch: 0, bearing: 0 },
	layers,
	highlight
});

function createController() {
	const { map, calls } = createRecordingMap();
	const controller = new MapController(map, ['towns', 'route'], new Map([['rome', 'towns']]));
	return { controller, calls };
}

describe('MapController', () => {
	it('shows the first view without animation: jump, every style layer of every story layer, highlights', () => {
		const { controller, calls } = createController();
		controller.show(view(['towns'], ['rome']), { reducedMotion: false, animate: false });
		expect(calls[0]).toBe('stop []');
		expect(calls[1]).toMatch(/^jumpTo /);
		const visibility = calls.filter((c) => c.startsWith('setLayoutProperty'));
		expect(visibility).toHaveLength(styleLayerIds('towns').length * 2);
		expect(visibility).toContain(`setLayoutProperty ["towns-point","visibility","visible"]`);
		expect(visibility).toContain(`setLayoutProperty ["route-line","visibility","none"]`);
		expect(calls.at(-1)).toBe('setFeatureState [{"source":"story-towns","id":"rome"},{"highlighted":true}]');
	});

	it('flies to the next chapter and changes only what differs', () => {
		const { controller, calls } = createController();
		controller.show(view(['towns'], ['rome']), { reducedMotion: false, animate: false });
		calls.length = 0;
		controller.show(view(['towns', 'route'], [], 7), { reducedMotion: false, animate: true });
		expect(calls[1]).toMatch(/^flyTo \[\{"center":\[10,20\],"zoom":7/);
		expect(calls.filter((c) => c.includes('"towns-'))).toEqual([]);
		expect(calls).toContain('setLayoutProperty ["route-label","visibility","visible"]');
		expect(calls.at(-1)).toBe('setFeatureState [{"source":"story-towns","id":"rome"},{"highlighted":false}]');
	});

	it('jumps instead of flying under reduced motion', () => {
		const { controller, calls } = createController();
		controller.show(view([], []), { reducedMotion: true, animate: false });
		controller.show(view([], [], 8), { reducedMotion: true, animate: true });
		expect(calls.filter((c) => c.startsWith('flyTo'))).toEqual([]);
		expect(calls.filter((c) => c.startsWith('jumpTo'))).toHaveLength(2);
	});

	it('reads back which story layers the map shows', () => {
		const { controller } = createController();
		controller.show(view(['route'], []), { reducedMotion: false, animate: false });
		expect(controller.visibleLayers()).toEqual(['route']);
	});

	it('makes no calls when the view has not changed', () => {
		const { controller, calls } = createController();
		controller.show(view(['route'], []), { reducedMotion: false, animate: false });
		calls.length = 0;
		expect(controller.show(view(['route'], []), { reducedMotion: false, animate: true })).toEqual([]);
		expect(calls).toEqual([]);
	});
});
