/**
 * The only code that changes the map per chapter. Framework-free: it takes a MapLibre map (or
 * anything with the same few methods, e.g. a recording fake in tests) and applies the difference
 * between the view on screen and the next one; it also draws lines with scroll progress and marks
 * the feature whose details are open.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { UNCERTAINTY_SUFFIX } from '../geodata/manifest';
import { cameraCommand } from './camera';
import { drawAt, type DrawPlan } from './route-drawing';
import { DRAW_LAYER, DRAW_SOURCE, sourceId, styleLayerIds } from './story-layers-style';
import { diffViews, type MapOp, type MapView } from './view';

export type MapLike = Pick<
	MapLibreMap,
	| 'flyTo'
	| 'jumpTo'
	| 'fitBounds'
	| 'stop'
	| 'setLayoutProperty'
	| 'getLayoutProperty'
	| 'setPaintProperty'
	| 'setFeatureState'
	| 'getSource'
>;

export interface ShowOptions {
	reducedMotion: boolean;
	animate: boolean;
}

export interface StoryLayerInfo {
	id: string;
	color: string;
	/** Feature id → whether its position is approximate (drawn lines keep their dashes). */
	features: ReadonlyMap<string, { approximate: boolean }>;
}

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

export class MapController {
	#map: MapLike;
	#layers: readonly StoryLayerInfo[];
	#featureLayer: ReadonlyMap<string, StoryLayerInfo>;
	#plans: ReadonlyMap<string, DrawPlan>;
	#current: MapView | null = null;
	#drawing: { plan: DrawPlan; hidden: Set<string>; km: number } | null = null;
	#progress = 0;
	#selected: string | null = null;

	/**
	 * @param layers every story layer (those not in a view are hidden)
	 * @param plans how to draw each drawable line, by feature id
	 */
	constructor(
		map: MapLike,
		layers: readonly StoryLayerInfo[],
		plans: ReadonlyMap<string, DrawPlan> = new Map()
	) {
		this.#map = map;
		this.#layers = layers;
		this.#featureLayer = new Map(
			layers.flatMap((layer) => [...layer.features.keys()].map((id) => [id, layer] as const))
		);
		this.#plans = plans;
	}

	get current(): MapView | null {
		return this.#current;
	}

	/** Kilometres of the self-drawing line drawn so far (0 when none is being drawn). */
	get drawnKm(): number {
		return this.#drawing?.km ?? 0;
	}

	/**
	 * Tells the controller what the map already shows without being told: the camera and story
	 * layers it was created with (see `storyMapStyle`'s `visible`). No highlight, no line drawn.
	 * The next `show` then changes only the rest.
	 */
	startFrom(shown: Pick<MapView, 'camera' | 'layers'>): void {
		this.#current = { camera: shown.camera, layers: [...shown.layers], highlight: [] };
	}

	/** Moves the map to `view`, changing only what differs from the view already shown. */
	show(view: MapView, options: ShowOptions): MapOp[] {
		const ops = diffViews(
			this.#current,
			view,
			this.#layers.map((layer) => layer.id)
		);
		for (const op of ops) this.#apply(op, options);
		this.#current = view;
		return ops;
	}

	/** Draws the current view's line up to `progress` (0…1) of its length. */
	setDrawProgress(progress: number): void {
		this.#progress = progress;
		const drawing = this.#drawing;
		if (!drawing) return;
		const state = drawAt(drawing.plan, progress);
		drawing.km = state.km;
		(this.#map.getSource(DRAW_SOURCE) as GeoJSONSource | undefined)?.setData(state.line ?? EMPTY);
		const hidden = new Set(state.hidden);
		for (const stop of drawing.plan.stops) {
			if (hidden.has(stop.id) !== drawing.hidden.has(stop.id)) this.#setHidden(stop.id, hidden.has(stop.id));
		}
		drawing.hidden = hidden;
	}

	/** Marks the feature whose details are open (null: none). */
	select(feature: string | null): void {
		if (feature === this.#selected) return;
		if (this.#selected) this.#setState(this.#selected, { selected: false });
		if (feature) this.#setState(feature, { selected: true });
		this.#selected = feature;
	}

	/** Story layers the map itself reports as visible (read back from the style, not from our intent). */
	visibleLayers(): string[] {
		return this.#layers
			.map((layer) => layer.id)
			.filter((layer) =>
				styleLayerIds(layer).every((id) => this.#map.getLayoutProperty(id, 'visibility') === 'visible')
			);
	}

	/** Hides or shows a place and the uncertainty circle drawn around it, if it has one. */
	#setHidden(feature: string, hidden: boolean): void {
		this.#setState(feature, { hidden });
		const layer = this.#featureLayer.get(feature);
		if (layer)
			this.#map.setFeatureState(
				{ source: sourceId(layer.id), id: `${feature}${UNCERTAINTY_SUFFIX}` },
				{ hidden }
			);
	}

	#setState(feature: string, state: Record<string, boolean>): void {
		const layer = this.#featureLayer.get(feature);
		if (layer) this.#map.setFeatureState({ source: sourceId(layer.id), id: feature }, state);
	}

	#apply(op: MapOp, options: ShowOptions): void {
		const map = this.#map;
		switch (op.op) {
			case 'camera': {
				map.stop();
				const command = cameraCommand(op.target, options);
				if (command.method === 'fitBounds') map.fitBounds(command.bounds, command.options);
				else map[command.method](command.options);
				break;
			}
			case 'visibility':
				for (const styleLayer of styleLayerIds(op.layer)) {
					map.setLayoutProperty(styleLayer, 'visibility', op.visible ? 'visible' : 'none');
				}
				break;
			case 'highlight':
				this.#setState(op.feature, { highlighted: op.on });
				break;
			case 'draw':
				this.#stopDrawing();
				if (op.feature) this.#startDrawing(op.feature);
				break;
		}
	}

	#startDrawing(feature: string): void {
		const plan = this.#plans.get(feature);
		const layer = this.#featureLayer.get(feature);
		if (!plan || !layer) return;
		const map = this.#map;
		map.setPaintProperty(DRAW_LAYER, 'line-color', layer.color);
		map.setPaintProperty(
			DRAW_LAYER,
			'line-dasharray',
			layer.features.get(feature)?.approximate ? [2, 1] : [1, 0]
		);
		map.setLayoutProperty(DRAW_LAYER, 'visibility', 'visible');
		this.#setState(feature, { hidden: true });
		this.#drawing = { plan, hidden: new Set(), km: 0 };
		this.setDrawProgress(this.#progress);
	}

	#stopDrawing(): void {
		const drawing = this.#drawing;
		if (!drawing) return;
		this.#setState(drawing.plan.feature, { hidden: false });
		for (const id of drawing.hidden) this.#setHidden(id, false);
		(this.#map.getSource(DRAW_SOURCE) as GeoJSONSource | undefined)?.setData(EMPTY);
		this.#map.setLayoutProperty(DRAW_LAYER, 'visibility', 'none');
		this.#drawing = null;
	}
}
