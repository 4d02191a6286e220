import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import { FALLBACK_LABEL_FONT } from '../../../src/lib/map/label-fonts';
import { storyMapStyle } from '../../../src/lib/map/map-style';
import { DRAW_LAYER, styleLayerIds } from '../../../src/lib/map/story-layers-style';
import type { BasemapManifest } from '../../../src/lib/geodata/manifest';

const basemap: BasemapManifest = {
	tilesets: [
		{
			id: 'world',
			minzoom: 0,
			maxzoom: 4,
			bounds: [-180, -85, 180, 85],
			layers: ['land'],
			tiles: 1,
			bytes: 1
		}
	],
	attribution: 'Natural Earth'
};
const layer = (id: string) => ({ id, url: `data/${id}.geojson`, color: '#aa0000', features: [] });

function visibility(layers: LayerSpecification[], id: string): unknown {
	const found = layers.find((l) => l.id === id);
	if (!found) throw new Error(`no style layer ${id}`);
	return (found.layout as { visibility?: string } | undefined)?.visibility;
}

describe('storyMapStyle', () => {
	it("starts with the first view's story layers visible and every other one hidden", () => {
		const style = storyMapStyle({
			siteUrl: 'https://example.org',
			basemap,
			layers: [layer('paris'), layer('tehran')],
			visible: ['paris'],
			placeLabels: {}
		});
		for (const id of styleLayerIds('paris')) expect(visibility(style.layers, id)).toBe('visible');
		for (const id of styleLayerIds('tehran')) expect(visibility(style.layers, id)).toBe('none');
		expect(visibility(style.layers, DRAW_LAYER)).toBe('none');
		expect(style.sources['story-tehran']).toMatchObject({ data: 'https://example.org/data/tehran.geojson' });
	});

	it('hides every story layer when no first view is given', () => {
		const style = storyMapStyle({
			siteUrl: 'https://example.org',
			basemap,
			layers: [layer('paris')],
			placeLabels: {}
		});
		for (const id of styleLayerIds('paris')) expect(visibility(style.layers, id)).toBe('none');
	});

	it('draws labels in the family it is given, the fallback font without one', () => {
		const textFonts = (labelFont?: string) =>
			new Set(
				storyMapStyle({
					siteUrl: 'https://example.org',
					basemap,
					layers: [layer('paris')],
					labelFont,
					placeLabels: {}
				})
					.layers.filter((l) => l.type === 'symbol')
					.map((l) => JSON.stringify((l.layout as { 'text-font'?: unknown })['text-font']))
			);
		expect(textFonts()).toEqual(new Set([JSON.stringify([FALLBACK_LABEL_FONT])]));
		expect(textFonts('Vazirmatn')).toEqual(new Set([JSON.stringify(['Vazirmatn'])]));
	});

	it('labels each point with the lines the page gives it (its name, then a second line smaller)', () => {
		const style = storyMapStyle({
			siteUrl: 'https://example.org',
			basemap,
			layers: [layer('paris')],
			placeLabels: { paris: ['Paris', 'پاریس'], tehran: ['Tehran'] }
		});
		const label = style.layers.find((l) => l.id === styleLayerIds('paris').at(-1));
		expect((label!.layout as { 'text-field': unknown })['text-field']).toEqual([
			'format',
			['match', ['get', 'id'], 'paris', 'Paris', 'tehran', 'Tehran', ''],
			{},
			['match', ['get', 'id'], 'paris', '\nپاریس', ''],
			{ 'font-scale': 0.9 }
		]);
	});
});
