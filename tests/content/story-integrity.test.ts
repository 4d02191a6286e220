/** The real story and its geodata, checked as a whole (the unit tests use small fixtures). */
import { resolve } from 'node:path';
import type { LineString } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadStory } from '../../src/lib/content/load-story';
import type { Story } from '../../src/lib/content/schema';
import { featuresById, type ManifestFeature } from '../../src/lib/geodata/manifest';
import { readStoryFiles } from '../../src/lib/server/read-story-files';
import { loadGeodata, type Geodata } from '../../geo/pipeline/load-geodata';

const root = resolve(import.meta.dirname, '../..');
let geodata: Geodata;
let story: Story;
let features: Map<string, ManifestFeature>;

beforeAll(async () => {
	geodata = await loadGeodata(resolve(root, 'geo'));
	story = loadStory(await readStoryFiles(resolve(root, 'src/content'), root), geodata.layers);
	features = featuresById(geodata);
});

describe('the story layers', () => {
	const required: Record<string, string[]> = {
		tehran: ['tehran'],
		paris: ['paris', 'auvers-sur-oise'],
		'camp-ashraf': ['camp-ashraf', 'camp-liberty', 'baghdad'],
		'advance-1988': [
			'route-1988',
			'qasr-e-shirin',
			'sarpol-e-zahab',
			'kerend-e-gharb',
			'eslamabad-e-gharb',
			'chaharzebar-pass',
			'kermanshah'
		],
		albania: ['ashraf-3', 'tirana', 'durres']
	};

	it('has the five layers with their places', () => {
		for (const [layer, ids] of Object.entries(required)) {
			const found = geodata.layers.find((l) => l.id === layer);
			expect(found, layer).toBeDefined();
			expect(found!.features.map((f) => f.id)).toEqual(expect.arrayContaining(ids));
		}
	});

	it('marks the places the fact sheet gives only approximately as approximate, with a radius', () => {
		for (const id of ['camp-ashraf', 'chaharzebar-pass', 'route-1988']) {
			expect(features.get(id)!.properties).toMatchObject({
				certainty: 'approximate',
				radius_km: expect.any(Number)
			});
		}
	});

	it('draws the 1988 route through the towns, in order, ending at the pass', async () => {
		const layer = JSON.parse(geodata.files.get('advance-1988.geojson')!);
		const geometry = (id: string) => layer.features.find((f: { id: string }) => f.id === id).geometry;
		const route = geometry('route-1988') as LineString;
		const stops = [
			'qasr-e-shirin',
			'sarpol-e-zahab',
			'kerend-e-gharb',
			'eslamabad-e-gharb',
			'chaharzebar-pass'
		];
		const positions = stops.map((id) => JSON.stringify(geometry(id).coordinates));
		expect(route.coordinates.map((c) => JSON.stringify(c))).toEqual(positions);
		expect(features.get('kermanshah')!.properties.role).toBe('objective');
	});

	it('gives every place a name, a certainty and sources', () => {
		for (const feature of features.values()) {
			expect(feature.properties.name.length).toBeGreaterThan(0);
			expect(feature.properties.sources.length).toBeGreaterThan(0);
		}
	});
});

describe('the story', () => {
	it('opens with an overview, then has a chapter for every layer', () => {
		expect(story.chapters.length).toBeGreaterThanOrEqual(6);
		expect(story.chapters[0]!.layers.sort()).toEqual(geodata.layers.map((l) => l.id).sort());
		for (const layer of geodata.layers) {
			expect(
				story.chapters.slice(1).some((c) => c.layers.includes(layer.id)),
				layer.id
			).toBe(true);
		}
	});

	it('cites at least one source in the text of every chapter, and every citation resolves', () => {
		for (const chapter of story.chapters) {
			expect(chapter.html, chapter.id).toMatch(/<sup class="cite">/);
			const numbers = [...chapter.html.matchAll(/#[a-z0-9-]+-source-(\d+)/g)].map((m) => Number(m[1]));
			const own = chapter.sourceIds.map((id) => story.sources.find((s) => s.id === id)!.number);
			for (const n of numbers) expect(own, `${chapter.id} cites source ${n}`).toContain(n);
		}
	});

	it('flags partisan sources as such', () => {
		const partisan = story.sources.filter((s) => /wikidefa|navideshahed|tebyan|ncri/.test(s.id));
		expect(partisan.length).toBeGreaterThan(0);
		for (const source of partisan) expect(source.affiliation, source.id).toBeDefined();
	});
});
