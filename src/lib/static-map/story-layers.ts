/**
 * The chapter's story layers on a static map, drawn like src/lib/map/story-layers-style.ts: per
 * layer (in manifest order) uncertainty circles, areas, outlines, lines, points; highlighted
 * features wider and stronger. Returns the shapes and the labels of the layers' points.
 */
import type { Feature, Geometry, Position } from 'geojson';
import type { MapView } from '../map/view';
import type { Label } from './labels';
import { attrs, num } from './svg';

/** A story layer as `npm run geo` serves it (static/data/<id>.geojson), with its colour. */
export interface StoryLayerData {
	id: string;
	color: string;
	/** The prepared features: uncertainty circles and great-circle arcs included. */
	features: readonly Feature[];
}

export interface StoryDrawing {
	shapes: string;
	/** Point labels, highest priority first (MapLibre favours the layer drawn on top). */
	labels: Label[];
}

const LABEL_SIZE = 13;
const LABEL_OFFSET_EM = 0.9;

const kindOf = (f: Feature) => f.properties?.kind;
const isPolygon = (g: Geometry) => g.type === 'Polygon' || g.type === 'MultiPolygon';
const isLine = (g: Geometry) => g.type === 'LineString' || g.type === 'MultiLineString';
const isPoint = (g: Geometry) => g.type === 'Point' || g.type === 'MultiPoint';

export function drawStoryLayers(
	layers: readonly StoryLayerData[],
	view: Pick<MapView, 'layers' | 'highlight'>,
	options: {
		zoom: number;
		path: (geometry: Geometry) => string;
		project: (lon: number, lat: number) => [number, number];
		/** Feature id → its label: a name and maybe a second line (the edition's, as the live map's). */
		labels: Readonly<Record<string, readonly string[]>>;
	}
): StoryDrawing {
	const { path, project } = options;
	const highlighted = new Set(view.highlight);
	const shapes: string[] = [];
	const labels: Label[] = [];
	for (const layer of layers.filter((l) => view.layers.includes(l.id))) {
		const color = layer.color;
		const items: string[] = [];
		const features = layer.features.filter((f): f is Feature & { geometry: Geometry } => f.geometry !== null);
		const featureAttrs = (f: Feature) => ({
			'data-feature': String(f.id ?? f.properties?.id ?? ''),
			class: highlighted.has(String(f.id)) ? 'hl' : undefined
		});
		const shape = (f: Feature & { geometry: Geometry }, style: Record<string, string | number>) => {
			const d = path(f.geometry);
			if (d) items.push(`<path${attrs({ ...featureAttrs(f), ...style, d })}/>`);
		};

		const polygons = features.filter((f) => isPolygon(f.geometry));
		for (const f of polygons) {
			const hl = highlighted.has(String(f.id));
			const uncertainty = kindOf(f) === 'uncertainty';
			const width = hl ? 2.5 : 1.5;
			// As the live map: dashed for what is uncertain, solid for a sourced outline.
			const dashed = uncertainty || f.properties?.certainty === 'approximate';
			shape(f, {
				fill: color,
				'fill-opacity': uncertainty ? '0.14' : hl ? '0.32' : '0.18',
				stroke: color,
				'stroke-width': width,
				...(dashed ? { 'stroke-dasharray': `${num(2 * width)} ${num(2 * width)}` } : {})
			});
		}
		for (const f of features.filter((f) => isLine(f.geometry))) {
			const hl = highlighted.has(String(f.id));
			// As the live map (story-layers-style.ts): a move between places is a dotted arc, an
			// approximate line is dashed, any other line solid.
			if (f.properties?.path === 'great-circle') {
				const width = hl ? 3.5 : 2.5;
				shape(f, {
					fill: 'none',
					stroke: color,
					'stroke-width': width,
					'stroke-linecap': 'round',
					'stroke-dasharray': `${num(0.5 * width)} ${num(2 * width)}`
				});
				continue;
			}
			const width = hl ? 5 : 3.5;
			const approximate = f.properties?.certainty === 'approximate';
			shape(f, {
				fill: 'none',
				stroke: color,
				'stroke-width': width,
				'stroke-linejoin': 'round',
				...(approximate
					? { 'stroke-dasharray': `${num(2 * width)} ${num(width)}` }
					: { 'stroke-linecap': 'round' })
			});
		}
		for (const f of features.filter((f) => isPoint(f.geometry))) {
			const hl = highlighted.has(String(f.id));
			const approximate = f.properties?.certainty === 'approximate';
			// MapLibre strokes circles outside their radius; SVG strokes centre on the edge.
			const radius = hl ? 8 : 6;
			const stroke = approximate ? 3 : 2;
			for (const [lon, lat] of pointsOf(f.geometry)) {
				const [cx, cy] = project(lon, lat);
				items.push(
					`<circle${attrs({
						...featureAttrs(f),
						cx,
						cy,
						r: radius + stroke / 2,
						fill: approximate ? '#ffffff' : color,
						stroke: approximate ? color : '#ffffff',
						'stroke-width': stroke
					})}/>`
				);
			}
		}
		shapes.push(`<g${attrs({ 'data-layer': layer.id })}>${items.join('')}</g>`);

		const layerLabels: Label[] = [];
		for (const f of features.filter((f) => isPoint(f.geometry))) {
			const minZoom = Number(f.properties?.label_min_zoom ?? 0);
			const label = options.labels[String(f.id)];
			if (Math.floor(options.zoom) < minZoom || !label) continue;
			const lines = label.map((text, i) => ({ text, size: i === 0 ? LABEL_SIZE : LABEL_SIZE * 0.9 }));
			for (const [lon, lat] of pointsOf(f.geometry)) {
				const [x, y] = project(lon, lat);
				layerLabels.push({
					lines,
					x,
					y,
					offset: LABEL_OFFSET_EM * LABEL_SIZE,
					anchors: ['left', 'right', 'top', 'bottom'],
					className: 's'
				});
			}
		}
		labels.unshift(...layerLabels);
	}
	return { shapes: shapes.join(''), labels };
}

function pointsOf(geometry: Geometry): [number, number][] {
	const positions: Position[] =
		geometry.type === 'Point'
			? [geometry.coordinates]
			: geometry.type === 'MultiPoint'
				? geometry.coordinates
				: [];
	return positions.map(([lon, lat]) => [lon!, lat!]);
}
