/**
 * MapLibre sources and style layers for the story's GeoJSON layers. Every story layer is drawn the
 * same way, by geometry, in its own colour; all start hidden and the controller shows them per
 * chapter. Highlights use feature-state (`highlighted`).
 * Style spec: https://maplibre.org/maplibre-style-spec/layers/
 */
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { ManifestLayer } from '../geodata/manifest';

export const sourceId = (layer: string) => `story-${layer}`;

const highlighted: ExpressionSpecification = ['boolean', ['feature-state', 'highlighted'], false];
const isType = (...types: string[]): ExpressionSpecification => ['in', ['geometry-type'], ['literal', types]];
const approximate: ExpressionSpecification = ['==', ['get', 'certainty'], 'approximate'];
const isUncertainty: ExpressionSpecification = ['==', ['get', 'kind'], 'uncertainty'];

/** Style layer ids of one story layer, bottom to top. */
export function styleLayerIds(layer: string): string[] {
	return ['uncertainty', 'area', 'outline', 'line', 'line-approximate', 'point', 'label'].map(
		(part) => `${layer}-${part}`
	);
}

export function storyLayersStyle(
	layers: readonly Pick<ManifestLayer, 'id' | 'url' | 'color'>[],
	options: { baseUrl: string; fontFamily: string }
): { sources: Record<string, SourceSpecification>; layers: LayerSpecification[] } {
	const sources: Record<string, SourceSpecification> = {};
	const style: LayerSpecification[] = [];
	for (const { id, url, color } of layers) {
		const source = sourceId(id);
		sources[source] = { type: 'geojson', data: `${options.baseUrl}/${url}`, promoteId: 'id' };
		const hidden = { visibility: 'none' as const };
		const [uncertainty, area, outline, line, lineApproximate, point, label] = styleLayerIds(id) as [
			string,
			string,
			string,
			string,
			string,
			string,
			string
		];
		style.push(
			{
				id: uncertainty,
				type: 'fill',
				source,
				filter: ['all', isType('Polygon'), isUncertainty],
				layout: hidden,
				paint: { 'fill-color': color, 'fill-opacity': 0.14 }
			},
			{
				id: area,
				type: 'fill',
				source,
				filter: ['all', isType('Polygon', 'MultiPolygon'), ['!', isUncertainty]],
				layout: hidden,
				paint: { 'fill-color': color, 'fill-opacity': ['case', highlighted, 0.32, 0.18] }
			},
			{
				id: outline,
				type: 'line',
				source,
				filter: isType('Polygon', 'MultiPolygon'),
				layout: hidden,
				paint: {
					'line-color': color,
					'line-width': ['case', highlighted, 2.5, 1.5],
					'line-dasharray': [2, 2]
				}
			},
			{
				id: line,
				type: 'line',
				source,
				filter: ['all', isType('LineString', 'MultiLineString'), ['!', approximate]],
				layout: { ...hidden, 'line-cap': 'round', 'line-join': 'round' },
				paint: { 'line-color': color, 'line-width': ['case', highlighted, 5, 3.5] }
			},
			{
				id: lineApproximate,
				type: 'line',
				source,
				filter: ['all', isType('LineString', 'MultiLineString'), approximate],
				layout: { ...hidden, 'line-join': 'round' },
				paint: { 'line-color': color, 'line-width': ['case', highlighted, 5, 3.5], 'line-dasharray': [2, 1] }
			},
			{
				id: point,
				type: 'circle',
				source,
				filter: isType('Point', 'MultiPoint'),
				layout: hidden,
				paint: {
					'circle-color': ['case', approximate, '#ffffff', color],
					'circle-radius': ['case', highlighted, 8, 6],
					'circle-stroke-color': ['case', approximate, color, '#ffffff'],
					'circle-stroke-width': ['case', approximate, 3, 2]
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
					'text-field': [
						'format',
						['get', 'name'],
						{},
						['case', ['has', 'name_fa'], ['concat', '\n', ['get', 'name_fa']], ''],
						{ 'font-scale': 0.9 }
					],
					'text-font': [options.fontFamily],
					'text-size': 13,
					'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
					'text-radial-offset': 0.9,
					'text-justify': 'auto',
					'text-max-width': 12
				},
				paint: { 'text-color': '#1d1d1b', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 }
			}
		);
	}
	return { sources, layers: style };
}
