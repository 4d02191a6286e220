import { describe, expect, it } from 'vitest';
import { legendFor } from '../../../src/lib/map/legend';
import type { ManifestFeature } from '../../../src/lib/geodata/manifest';

const feature = (
	geometry: ManifestFeature['geometry'],
	extra: Partial<ManifestFeature['properties']> = {}
): ManifestFeature => ({
	id: 'f',
	layer: 'l',
	geometry,
	bbox: [0, 0, 0, 0],
	properties: { name: 'F', kind: 'x', certainty: 'established', sources: ['s'], ...extra }
});

describe('legendFor', () => {
	it('has one entry per visible layer, with a symbol for what it draws', () => {
		expect(
			legendFor([
				{ legend: 'Towns', color: '#111111', features: [feature('Point')] },
				{ legend: 'Moves', color: '#222222', features: [feature('LineString', { path: 'great-circle' })] },
				{ legend: 'Areas', color: '#333333', features: [feature('Polygon')] }
			])
		).toEqual([
			{ label: 'Towns', color: '#111111', symbol: 'point' },
			{ label: 'Moves', color: '#222222', symbol: 'arc' },
			{ label: 'Areas', color: '#333333', symbol: 'area' }
		]);
	});

	it('explains approximate places and schematic lines only when some are visible', () => {
		const labels = (features: ManifestFeature[]) =>
			legendFor([{ legend: 'L', color: '#111111', features }]).map((e) =>
				'label' in e ? e.label : e.convention
			);
		expect(labels([feature('Point')])).toEqual(['L']);
		expect(labels([feature('Point', { certainty: 'approximate', radius_km: 5 })])).toEqual([
			'L',
			'approximate'
		]);
		expect(labels([feature('LineString', { certainty: 'approximate', radius_km: 5 })])).toEqual([
			'L',
			'schematic'
		]);
	});

	it('is empty when nothing is visible', () => {
		expect(legendFor([])).toEqual([]);
	});
});
