import { describe, expect, it } from 'vitest';
import { MapController, type MapLike, type StoryLayerInfo } from '../../../src/lib/map/map-controller';
import type { DrawPlan } from '../../../src/lib/map/route-drawing';
import { DRAW_SOURCE, styleLayerIds } from '../../../src/lib/map/story-layers-style';
import type { MapView } from '../../../src/lib/map/view';

/** Records the calls the controller makes, in order, instead of drawing. */
function createRecordingMap(): { map: MapLike; calls: string[]; drawn: unknown[] } {
	const calls: string[] = [];
	const drawn: unknown[] = [];
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
		stop: record('stop'),
		setPaintProperty: record('setPaintProperty'),
		setFeatureState: record('setFeatureState'),
		setLayoutProperty: (id: string, name: string, value: string) => {
			calls.push(`setLayoutProperty ${JSON.stringify([id, name, value])}`);
			visibility.set(id, value);
		},
		getLayoutProperty: (id: string) => visibility.get(id) ?? 'visible',
		getSource: (id: string) =>
			id === DRAW_SOURCE ? { setData: (data: unknown) => drawn.push(data) } : undefined
	} as unknown as MapLike;
	return { map, calls, drawn };
}

const view = (layers: string[], highlight: string[], zoom = 5, draw?: string): MapView => ({
	camera: { kind: 'center', center: [10, 20], zoom, pitch: 0, bearing: 0 },
	layers,
	highlight,
	...(draw ? { draw } : {})
});

const layers: StoryLayerInfo[] = [
	{ id: 'towns', color: '#aa0000', features: new Map([['rome', { approximate: false }]]) },
	{
		id: 'route',
		color: '#0000aa',
		features: new Map([
			['road', { approximate: true }],
			['stop-a', { approximate: false }],
			['stop-b', { approximate: false }]
		])
	}
];
const plan: DrawPlan = {
	feature: 'road',
	layer: 'route',
	coordinates: [
		[0, 0],
		[1, 0]
	],
	totalKm: 111.2,
	stops: [
		{ id: 'stop-a', km: 0 },
		{ id: 'stop-b', km: 111.2 }
	]
};

function createController() {
	const { map, calls, drawn } = createRecordingMap();
	const controller = new MapController(map, layers, new Map([['road', plan]]));
	return { controller, calls, drawn };
}
const featureStates = (calls: string[]) => calls.filter((c) => c.startsWith('setFeatureState'));

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

	it('starting from the view the map was created with, changes only highlights and drawing', () => {
		const { controller, calls } = createController();
		const first = view(['towns', 'route'], ['rome'], 5, 'road');
		controller.startFrom(first);
		controller.show(first, { reducedMotion: false, animate: false });
		expect(calls.filter((c) => /^(jumpTo|flyTo|fitBounds|stop)/.test(c))).toEqual([]);
		expect(calls.filter((c) => c.startsWith('setLayoutProperty') && !c.includes('story-draw'))).toEqual([]);
		expect(calls).toContain('setFeatureState [{"source":"story-towns","id":"rome"},{"highlighted":true}]');
		expect(calls).toContain('setLayoutProperty ["story-draw-line","visibility","visible"]');
	});

	it('starting from one view and shown another, jumps and switches layers', () => {
		const { controller, calls } = createController();
		controller.startFrom(view(['towns'], []));
		controller.show(view(['route'], [], 7), { reducedMotion: false, animate: false });
		expect(calls[1]).toMatch(/^jumpTo /);
		expect(calls).toContain('setLayoutProperty ["towns-point","visibility","none"]');
		expect(calls).toContain('setLayoutProperty ["route-point","visibility","visible"]');
	});

	it('makes no calls when the view has not changed', () => {
		const { controller, calls } = createController();
		controller.show(view(['route'], []), { reducedMotion: false, animate: false });
		calls.length = 0;
		expect(controller.show(view(['route'], []), { reducedMotion: false, animate: true })).toEqual([]);
		expect(calls).toEqual([]);
	});

	it('draws a line with progress: hides the full line, reveals stops (and their circles) as the line reaches them', () => {
		const { controller, calls, drawn } = createController();
		controller.show(view(['route'], [], 5, 'road'), { reducedMotion: false, animate: false });
		expect(featureStates(calls)).toContain(
			'setFeatureState [{"source":"story-route","id":"road"},{"hidden":true}]'
		);
		expect(featureStates(calls)).toContain(
			'setFeatureState [{"source":"story-route","id":"stop-b"},{"hidden":true}]'
		);
		// A stop's uncertainty circle (if it has one) is hidden with its point, never shown before it.
		expect(featureStates(calls)).toContain(
			'setFeatureState [{"source":"story-route","id":"stop-b--uncertainty"},{"hidden":true}]'
		);
		expect(controller.drawnKm).toBe(0);

		calls.length = 0;
		controller.setDrawProgress(0.5);
		expect(controller.drawnKm).toBeCloseTo(55.6);
		expect(drawn.at(-1)).toMatchObject({ type: 'Feature', geometry: { type: 'LineString' } });
		expect(featureStates(calls)).toEqual([]);

		controller.setDrawProgress(1);
		expect(featureStates(calls)).toEqual([
			'setFeatureState [{"source":"story-route","id":"stop-b"},{"hidden":false}]',
			'setFeatureState [{"source":"story-route","id":"stop-b--uncertainty"},{"hidden":false}]'
		]);
	});

	it('restores the full line and its stops when the chapter changes', () => {
		const { controller, calls, drawn } = createController();
		controller.show(view(['route'], [], 5, 'road'), { reducedMotion: false, animate: false });
		calls.length = 0;
		controller.show(view(['route'], [], 5), { reducedMotion: false, animate: true });
		expect(featureStates(calls)).toEqual([
			'setFeatureState [{"source":"story-route","id":"road"},{"hidden":false}]',
			'setFeatureState [{"source":"story-route","id":"stop-b"},{"hidden":false}]',
			// An approximate stop's uncertainty circle comes and goes with it.
			'setFeatureState [{"source":"story-route","id":"stop-b--uncertainty"},{"hidden":false}]'
		]);
		expect(drawn.at(-1)).toEqual({ type: 'FeatureCollection', features: [] });
		expect(controller.drawnKm).toBe(0);
	});

	it('marks one selected feature at a time', () => {
		const { controller, calls } = createController();
		controller.select('rome');
		controller.select('stop-a');
		controller.select(null);
		expect(featureStates(calls)).toEqual([
			'setFeatureState [{"source":"story-towns","id":"rome"},{"selected":true}]',
			'setFeatureState [{"source":"story-towns","id":"rome"},{"selected":false}]',
			'setFeatureState [{"source":"story-route","id":"stop-a"},{"selected":true}]',
			'setFeatureState [{"source":"story-route","id":"stop-a"},{"selected":false}]'
		]);
	});
});
