import { describe, expect, it } from 'vitest';
import { drawAt } from '../../../src/lib/map/route-drawing';
import { planDrawing } from '../../../src/lib/map/route-plan';

// Roughly the 1988 route: three legs eastward.
const coordinates = [
	[45.5791, 34.5156],
	[45.8626, 34.4611],
	[46.2423, 34.2842],
	[46.7691, 34.2007]
];
const plan = planDrawing({
	feature: 'route',
	layer: 'advance',
	coordinates,
	points: [
		{ id: 'end', coordinates: [46.7691, 34.2007] },
		{ id: 'start', coordinates: [45.5791, 34.5156] },
		{ id: 'middle', coordinates: [45.8626, 34.4611] },
		{ id: 'far-away', coordinates: [47.065, 34.3142] }
	]
});

describe('planDrawing', () => {
	it('orders the points on the line by distance along it and leaves off points not on it', () => {
		expect(plan.stops.map((s) => s.id)).toEqual(['start', 'middle', 'end']);
		expect(plan.stops[0]!.km).toBe(0);
		expect(plan.stops[2]!.km).toBeCloseTo(plan.totalKm, 1);
		expect(plan.totalKm).toBeGreaterThan(100);
	});
});

describe('drawAt', () => {
	it('draws nothing at the start and shows only the first stop', () => {
		expect(drawAt(plan, 0)).toEqual({ line: null, km: 0, hidden: ['middle', 'end'] });
	});

	it('grows the line with progress and reveals stops as it reaches them', () => {
		const quarter = drawAt(plan, 0.25);
		const half = drawAt(plan, 0.5);
		expect(quarter.km).toBeCloseTo(plan.totalKm / 4);
		expect(half.line!.geometry.coordinates.length).toBeGreaterThan(2);
		expect(quarter.hidden).toEqual(['end']);
		expect(drawAt(plan, 1)).toMatchObject({ km: plan.totalKm, hidden: [] });
	});

	it('clamps progress to 0…1', () => {
		expect(drawAt(plan, 7).km).toBe(plan.totalKm);
		expect(drawAt(plan, -1).km).toBe(0);
	});
});
