/**
 * MapLibre sources and style layers for the story's GeoJSON layers. Every story layer is drawn the
 * same way, by geometry, in its own colour; those of the first view start visible (so that the
 * map's first frame is already the chapter's: no second layout pass in the worker), the rest hidden,
 * and the controller shows them per chapter. Feature-state drives emphasis: `highlighted` (chapter), `selected` (details panel) and
 * `hidden` (not yet reached by a line that draws itself).
 * Style spec: https://maplibre.org/maplibre-style-spec/layers/
 */
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { ManifestLayer } from '../geodata/manifest';

export const sourceId = (layer: string) => `story-${layer}`;

/** The line that draws itself with scroll progress (one at a time). */
export const DRAW_SOURCE = 'story-draw';
export const DRAW_LAYER = 'story-draw-line';

const state = (name: string): ExpressionSpecification => ['boolean', ['feature-state', name], false];
const emphasised: ExpressionSpecification = ['any', state('highlighted'), state('selected')];
const opacity: ExpressionSpecification = ['case', state('hidden'), 0, 1];
const isType = (...types: string[]): ExpressionSpecification => ['in', ['geometry-type'], ['literal', types]];
const approximate: ExpressionSpecification = ['==', ['get', 'certainty'], 'approximate'];
const isUncertainty: ExpressionSpecification = ['==', ['get', 'kind'], 'uncertainty'];
const isArc: ExpressionSpecification = ['==', ['get', 'path'], 'great-circle'];

const PARTS = [
	'uncertainty',
	'area',
	'outline',
	'line',
	'line-approximate',
	'arc',
	'point',
	'label'
] as const;

/** Style layer ids of one story layer, bottom to top. */
export function styleLayerIds(layer: string): string[] {
	return PARTS.map((part) => `${layer}-${part}`);
}

export function storyLayersStyle(
	layers: readonly Pick<ManifestLayer, 'id' | 'url' | 'color'>[],
	options: {
		baseUrl: string;
		fontFamily: string;
		/** Feature id → its label: its name in the page's language, and maybe a second line. */
		labels: Readonly<Record<string, readonly string[]>>;
		visible?: readonly string[];
	}
): { sources: Record<string, SourceSpecification>; layers: LayerSpecification[] } {
	const labelLine = (line: 0 | 1): ExpressionSpecification => {
		const pairs = Object.entries(options.labels).flatMap(([id, lines]) =>
			lines[line] === undefined ? [] : [id, line === 0 ? lines[0]! : `\n${lines[1]}`]
		);
		return pairs.length > 0
			? (['match', ['get', 'id'], ...pairs, ''] as unknown as ExpressionSpecification)
			: ['literal', ''];
	};
	const labelText: ExpressionSpecification = [
		'format',
		labelLine(0),
		{},
		labelLine(1),
		{ 'font-scale': 0.9 }
	];
	const sources: Record<string, SourceSpecification> = {
		[DRAW_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }
	};
	const style: LayerSpecification[] = [];
	for (const { id, url, color } of layers) {
		const source = sourceId(id);
		sources[source] = { type: 'geojson', data: `${options.baseUrl}/${url}`, promoteId: 'id' };
		const hidden = { visibility: options.visible?.includes(id) ? ('visible' as const) : ('none' as const) };
		const [uncertainty, area, outline, line, lineApproximate, arc, point, label] = styleLayerIds(id) as [
			string,
			string,
			string,
			string,
			string,
			string,
			string,
			string
		];
		const lineWidth: ExpressionSpecification = ['case', emphasised, 5, 3.5];
		style.push(
			{
				id: uncertainty,
				type: 'fill',
				source,
				filter: ['all', isType('Polygon'), isUncertainty],
				layout: hidden,
				paint: { 'fill-color': color, 'fill-opacity': ['case', state('hidden'), 0, 0.14] }
			},
			{
				id: area,
				type: 'fill',
				source,
				filter: ['all', isType('Polygon', 'MultiPolygon'), ['!', isUncertainty]],
				layout: hidden,
				paint: { 'fill-color': color, 'fill-opacity': ['case', emphasised, 0.32, 0.18] }
			},
			{
				id: outline,
				type: 'line',
				source,
				filter: isType('Polygon', 'MultiPolygon'),
				layout: hidden,
				paint: {
					'line-color': color,
					'line-width': ['case', emphasised, 2.5, 1.5],
					// Dashed for what is uncertain (an uncertainty circle, an approximate area), solid otherwise.
					'line-dasharray': [
						'case',
						['any', isUncertainty, approximate],
						['literal', [2, 2]],
						['literal', [1, 0]]
					],
					'line-opacity': opacity
				}
			},
			{
				id: line,
				type: 'line',
				source,
				filter: ['all', isType('LineString', 'MultiLineString'), ['!', approximate], ['!', isArc]],
				layout: { ...hidden, 'line-cap': 'round', 'line-join': 'round' },
				paint: { 'line-color': color, 'line-width': lineWidth, 'line-opacity': opacity }
			},
			{
				id: lineApproximate,
				type: 'line',
				source,
				filter: ['all', isType('LineString', 'MultiLineString'), approximate, ['!', isArc]],
				layout: { ...hidden, 'line-join': 'round' },
				paint: {
					'line-color': color,
					'line-width': lineWidth,
					'line-dasharray': [2, 1],
					'line-opacity': opacity
				}
			},
			{
				id: arc,
				type: 'line',
				source,
				filter: ['all', isType('LineString', 'MultiLineString'), isArc],
				layout: { ...hidden, 'line-cap': 'round' },
				paint: {
					'line-color': color,
					'line-width': ['case', emphasised, 3.5, 2.5],
					'line-dasharray': [0.5, 2],
					'line-opacity': opacity
				}
			},
			{
				id: point,
				type: 'circle',
				source,
				filter: isType('Point', 'MultiPoint'),
				layout: hidden,
				paint: {
					'circle-color': ['case', approximate, '#ffffff', color],
					'circle-radius': ['case', emphasised, 8, 6],
					'circle-stroke-color': ['case', state('selected'), '#1d1d1b', approximate, color, '#ffffff'],
					'circle-stroke-width': ['case', state('selected'), 3, approximate, 3, 2],
					'circle-opacity': opacity,
					'circle-stroke-opacity': opacity
				}
			},
			{
				id: label,
				type: 'symbol',
				source,
				filter: [
					'all',
					isType('Point', 'MultiPoint'),
					['>=', ['zoom'], ['to-number', ['get', 'label_min_zoom'], 0]]
				],
				layout: {
					...hidden,
					'text-field': labelText,
					'text-font': [options.fontFamily],
					'text-size': 13,
					'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
					'text-radial-offset': 0.9,
					'text-justify': 'auto',
					'text-max-width': 12
				},
				paint: {
					'text-color': '#1d1d1b',
					'text-halo-color': '#ffffff',
					'text-halo-width': 1.6,
					'text-opacity': opacity
				}
			}
		);
	}
	style.push({
		id: DRAW_LAYER,
		type: 'line',
		source: DRAW_SOURCE,
		layout: { visibility: 'none', 'line-cap': 'round', 'line-join': 'round' },
		paint: { 'line-color': '#000000', 'line-width': 5 }
	});
	return { sources, layers: style };
}
