/**
 * "A basemap label never doubles a story place": the basemap's own populated places near a place
 * the story draws are left out of its tiles (and of the static maps), so no city is labelled twice
 * a few kilometres apart. Checked on the real story and the real Natural Earth places.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Point } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareLayerFeatures } from '../../geo/pipeline/basemap/prepare-features';
import { readFeatureCollection } from '../../geo/pipeline/basemap/read-layer';
import { basemapTilesets } from '../../geo/pipeline/basemap/tilesets';
import { loadGeodata } from '../../geo/pipeline/load-geodata';
import {
	BASEMAP_PLACE_CLEARANCE_KM,
	distanceKm,
	nearStoryPlace,
	storyPoints,
	type StoryPoint
} from '../../src/lib/geodata/story-places';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PLACES_FILE = 'ne_10m_populated_places.geojson';

describe('nearStoryPlace', () => {
	const kermanshah: StoryPoint = { lon: 47.065, lat: 34.3142 };
	it(`leaves out a basemap place within ${BASEMAP_PLACE_CLEARANCE_KM} km of a story place, keeps one farther away`, () => {
		expect(nearStoryPlace(47.15, 34.33, [kermanshah])).toBe(true); // about 8 km
		expect(nearStoryPlace(47.3, 34.3, [kermanshah])).toBe(false); // about 22 km
	});
	it('uses an approximate place’s uncertainty radius when it is larger', () => {
		expect(nearStoryPlace(47.3, 34.3, [{ ...kermanshah, radiusKm: 25 }])).toBe(true);
	});
	it('measures great-circle distances', () => {
		expect(distanceKm({ lon: 0, lat: 0 }, { lon: 1, lat: 0 })).toBeCloseTo(111.2, 1);
	});
});

describe('the basemap tiles of the real story', () => {
	let points: StoryPoint[];
	let kept: Map<string, { name: string; lon: number; lat: number }[]>;
	let input: Awaited<ReturnType<typeof readFeatureCollection>>;

	beforeAll(async () => {
		const geodata = await loadGeodata(join(ROOT, 'src/content'), 'src/content');
		points = storyPoints(geodata.layers);
		input = await readFeatureCollection(join(ROOT, 'geo/sources/natural-earth'), PLACES_FILE);
		kept = new Map();
		for (const tileset of basemapTilesets([-12, 22, 66, 60])) {
			const spec = tileset.layers.find((layer) => layer.name === 'places')!;
			kept.set(
				tileset.id,
				prepareLayerFeatures(input, spec, points).features.map((f) => {
					const [lon, lat] = (f.geometry as Point).coordinates as [number, number];
					return { name: String(f.properties?.name_en ?? f.properties?.name), lon, lat };
				})
			);
		}
	});

	it('hold no populated place near a place the story draws', () => {
		for (const [tileset, places] of kept) {
			const doubled = places.filter((p) => nearStoryPlace(p.lon, p.lat, points)).map((p) => p.name);
			expect(doubled, tileset).toEqual([]);
		}
	});

	it('leave out Natural Earth’s own Kermanshah, Karaj, Baghdad and Tehran, which sit 3–8 km from the story’s', () => {
		const nearNames = input.features
			.filter((f) => {
				const [lon, lat] = (f.geometry as Point).coordinates as [number, number];
				return nearStoryPlace(lon, lat, points);
			})
			.map((f) => String(f.properties?.name_en));
		expect(nearNames).toEqual(expect.arrayContaining(['Kermanshah', 'Karaj', 'Baghdad', 'Tehran']));
		const regionNames = kept.get('region')!.map((p) => p.name);
		for (const name of ['Kermanshah', 'Karaj', 'Baghdad', 'Tehran']) expect(regionNames).not.toContain(name);
	});

	it('keep the places the story does not draw', () => {
		const regionNames = kept.get('region')!.map((p) => p.name);
		expect(regionNames).toEqual(expect.arrayContaining(['Hamadan', 'Mosul', 'Marseille']));
	});
});
