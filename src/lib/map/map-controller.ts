/**
 * The only code that changes the map per chapter. Framework-free: it takes a MapLibre map (or
 * anything with the same few methods, e.g. a recording fake in tests) and applies the difference
 * between the view on screen and the next one.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { cameraCommand } from './camera';
import { sourceId, styleLayerIds } from './story-layers-style';
import { diffViews, type MapOp, type MapView } from './view';

export type MapLike = Pick<
	MapLibreMap,
	'flyTo' | 'jumpTo' | 'fitBounds' | 'setLayoutProperty' | 'getLayoutProperty' | 'setFeatureState' | 'stop'
>;

export interface ShowOptions {
	reducedMotion: boolean;
	animate: boolean;
}

export class MapController {
	#map: MapLike;
	#layers: readonly string[];
	#featureLayer: ReadonlyMap<string, string>;
	#current: MapView | null = null;

	/**
	 * @param layers every story layer id (those not in a view are hidden)
	 * @param featureLayer feature id → the story layer it belongs to
	 */
	constructor(map: MapLike, layers: readonly string[], featureLayer: ReadonlyMap<string, string>) {
		this.#map = map;
		this.#layers = layers;
		this.#featureLayer = featureLayer;
	}

	get current(): MapView | null {
		return this.#current;
	}

	/** Moves the map to `view`, changing only what differs from the view already shown. */
	show(view: MapView, options: ShowOptions): MapOp[] {
		const ops = diffViews(this.#current, view, this.#layers);
		for (const op of ops) this.#apply(op, options);
		this.#current = view;
		return ops;
	}

	/** Story layers the map itself reports as visible (read back from the style, not from our intent). */
	visibleLayers(): string[] {
		return this.#layers.filter((layer) =>
			styleLayerIds(layer).every((id) => this.#map.getLayoutProperty(id, 'visibility') === 'visible')
		);
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
			case 'highlight': {
				const layer = this.#featureLayer.get(op.feature);
				if (layer) map.setFeatureState({ source: sourceId(layer), id: op.feature }, { highlighted: op.on });
				break;
			}
		}
	}
}
