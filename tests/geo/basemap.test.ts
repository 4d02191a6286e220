import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VectorTile } from '@mapbox/vector-tile';
import { validateStyleMin, type StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { PbfReader } from 'pbf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBasemap, type BasemapManifest } from '../../geo/pipeline/basemap/build-basemap';
import { signedArea } from '../../geo/pipeline/basemap/clean-geometry';
import { splitRingAtClip } from '../../geo/pipeline/basemap/coastline';
import { tileForPoint, tileRange, tilesInBounds, type Bounds } from '../../geo/pipeline/basemap/tile-pyramid';
import { basemapSourceFiles, basemapTilesets } from '../../geo/pipeline/basemap/tilesets';
import { beyondExtract, NATURAL_EARTH_EXTRACT } from '../../geo/pipeline/basemap/extract';
import { basemapPalette, basemapStyle } from '../../src/lib/map/basemap-style';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCE_DIR = join(ROOT, 'geo/sources/natural-earth');
const REGION: Bounds = [-12, 22, 66, 60];
const BUILD_TIMEOUT = 120_000;

const TEHRAN: [number, number] = [51.4224, 35.67389];
const DURRES: [number, number] = [19.44821, 41.3178];
const QASR_E_SHIRIN: [number, number] = [45.57721, 34.51238];

/** All files under `dir`, relative, sorted. */
async function listFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)))
		.sort();
}

async function readTile(dir: string, tileset: string, z: number, x: number, y: number) {
	const bytes = await readFile(join(dir, tileset, String(z), String(x), `${y}.pbf`));
	return { bytes, tile: new VectorTile(new PbfReader(bytes)) };
}

async function tileAt(dir: string, tileset: string, z: number, [lon, lat]: [number, number]) {
	const { x, y } = tileForPoint(lon, lat, z);
	return readTile(dir, tileset, z, x, y);
}

function layerProperties(tile: VectorTile, layer: string): Record<string, unknown>[] {
	const l = tile.layers[layer];
	if (!l) return [];
	return Array.from({ length: l.length }, (_, i) => l.feature(i).properties);
}

describe('tile pyramid', () => {
	it('covers bounds like MapLibre (floor of west/north, ceil of east/south, exclusive)', () => {
		expect(tileRange([-180, -85, 180, 85], 0)).toEqual({ minX: 0, maxX: 0, minY: 0, maxY: 0 });
		expect(tilesInBounds([-180, -85, 180, 85], 0, 4)).toHaveLength(1 + 4 + 16 + 64 + 256);
		// An edge exactly on a tile boundary does not pull in the next tile.
		expect(tileRange([0, 0.0001, 90, 10], 2)).toEqual({ minX: 2, maxX: 2, minY: 1, maxY: 1 });
		expect(tileForPoint(...TEHRAN, 6)).toEqual({ z: 6, x: 41, y: 25 });
	});
});

describe('geometry helpers', () => {
	it('splits the clip-box edges off a ring and keeps the coast as one run', () => {
		// Square of sea against the box's west edge (x = 0): only the three inner sides are coast.
		const ring = [
			[0, 0],
			[1, 0],
			[1, 1],
			[0, 1],
			[0, 0]
		];
		expect(splitRingAtClip(ring, [0, -5, 10, 5])).toEqual([
			[
				[0, 0],
				[1, 0],
				[1, 1],
				[0, 1]
			]
		]);
	});

	it('uses geojson-vt winding (outer rings negative)', () => {
		const clockwiseOnScreen: [number, number][] = [
			[0, 0],
			[10, 0],
			[10, 10],
			[0, 10],
			[0, 0]
		];
		expect(signedArea(clockwiseOnScreen)).toBeLessThan(0);
	});
});

describe('the Natural Earth extract', () => {
	it('covers exactly the box the pipeline believes (NATURAL_EARTH_EXTRACT)', async () => {
		const countries = JSON.parse(
			await readFile(join(SOURCE_DIR, 'ne_10m_admin_0_countries.geojson'), 'utf8')
		) as { features: { geometry: { coordinates: unknown } }[] };
		const box = [Infinity, Infinity, -Infinity, -Infinity];
		const visit = (c: unknown): void => {
			if (typeof (c as number[])[0] === 'number') {
				const [lon, lat] = c as [number, number];
				box[0] = Math.min(box[0]!, lon);
				box[1] = Math.min(box[1]!, lat);
				box[2] = Math.max(box[2]!, lon);
				box[3] = Math.max(box[3]!, lat);
			} else (c as unknown[]).forEach(visit);
		};
		countries.features.forEach((f) => visit(f.geometry.coordinates));
		expect(box.map((v) => Math.round(v))).toEqual([...NATURAL_EARTH_EXTRACT]);
	});

	it('names the sides of a region that reach beyond it', () => {
		expect(beyondExtract([0, 30, 50, 50])).toEqual([]);
		expect(beyondExtract([-80, 30, 70, 50])).toEqual(['west -80 < -12', 'east 70 > 66']);
	});
});

describe('buildBasemap (real Natural Earth data)', () => {
	let dirA: string;
	let dirB: string;
	let manifest: BasemapManifest;

	beforeAll(async () => {
		dirA = await mkdtemp(join(tmpdir(), 'basemap-a-'));
		dirB = await mkdtemp(join(tmpdir(), 'basemap-b-'));
		manifest = await buildBasemap({
			sourceDir: SOURCE_DIR,
			outDir: dirA,
			region: REGION,
			labelLanguages: ['fa']
		});
		await buildBasemap({ sourceDir: SOURCE_DIR, outDir: dirB, region: REGION, labelLanguages: ['fa'] });
	}, BUILD_TIMEOUT);

	afterAll(async () => {
		await rm(dirA, { recursive: true, force: true });
		await rm(dirB, { recursive: true, force: true });
	});

	it('is deterministic: two builds give byte-identical trees', async () => {
		const filesA = await listFiles(dirA);
		expect(filesA).toEqual(await listFiles(dirB));
		const hash = async (dir: string) => {
			const h = createHash('sha256');
			for (const file of filesA) h.update(file).update(await readFile(join(dir, file)));
			return h.digest('hex');
		};
		expect(await hash(dirA)).toBe(await hash(dirB));
	});

	it('writes only <tileset>/{z}/{x}/{y}.pbf files into outDir', async () => {
		const files = await listFiles(dirA);
		expect(files.length).toBeGreaterThan(0);
		for (const file of files) expect(file).toMatch(/^(world|region)\/\d+\/\d+\/\d+\.pbf$/);
	});

	it('describes both tilesets with the right zooms, bounds and layers', () => {
		const [world, region] = manifest.tilesets;
		expect(world).toMatchObject({
			id: 'world',
			minzoom: 0,
			maxzoom: 4,
			bounds: [-180, -85, 180, 85],
			layers: ['land', 'disputed', 'places', 'country_labels']
		});
		expect(region).toMatchObject({
			id: 'region',
			minzoom: 5,
			maxzoom: 7,
			bounds: REGION,
			layers: ['ocean', 'coastline', 'land', 'lakes', 'rivers', 'boundaries', 'disputed', 'places']
		});
		expect(manifest.attribution).toMatch(/Natural Earth/);
	});

	it('writes every tile inside the bounds (no 404s), and the manifest counts them', async () => {
		for (const tileset of manifest.tilesets) {
			const files = (await listFiles(join(dirA, tileset.id))).map((f) => f.replace(/\.pbf$/, ''));
			const expected = tilesInBounds(tileset.bounds, tileset.minzoom, tileset.maxzoom).map(
				({ z, x, y }) => `${z}/${x}/${y}`
			);
			expect(files.sort()).toEqual(expected.sort());
			expect(tileset.tiles).toBe(expected.length);
			let bytes = 0;
			for (const f of files) bytes += (await stat(join(dirA, tileset.id, `${f}.pbf`))).size;
			expect(tileset.bytes).toBe(bytes);
		}
		expect(manifest.tilesets[0]!.tiles).toBe(341);
	});

	it('region tiles are never empty (ocean or land everywhere)', async () => {
		for (const file of await listFiles(join(dirA, 'region'))) {
			expect((await stat(join(dirA, 'region', file))).size, file).toBeGreaterThan(0);
		}
	});

	it('empty world tiles are zero-length, valid MVT', async () => {
		const { bytes, tile } = await tileAt(dirA, 'world', 4, [-150, -40]); // South Pacific
		expect(bytes.byteLength).toBe(0);
		expect(Object.keys(tile.layers)).toEqual([]);
	});

	it('the z6 tile containing Tehran has land and a place named Tehran', async () => {
		const { tile } = await tileAt(dirA, 'region', 6, TEHRAN);
		expect(tile.layers.land?.length).toBeGreaterThan(0);
		expect(layerProperties(tile, 'land').map((p) => p.adm0_a3)).toContain('IRN');
		const tehran = layerProperties(tile, 'places').find((p) => p.name_en === 'Tehran');
		expect(tehran).toMatchObject({ name_fa: 'تهران', adm0cap: 1 });
		// Only attributes the style needs are kept: names in English and in the story's languages (here fa).
		expect(Object.keys(tehran!).sort()).toEqual(
			['adm0cap', 'min_zoom', 'name', 'name_en', 'name_fa', 'scalerank'].sort()
		);
		const layer = tile.layers.places!;
		expect(layer.version).toBe(2);
		expect(layer.extent).toBe(4096);
	});

	it('the world overview tile at Tehran (z3) has land, country labels and Tehran', async () => {
		const { tile } = await tileAt(dirA, 'world', 3, TEHRAN);
		expect(layerProperties(tile, 'land').map((p) => p.adm0_a3)).toEqual(
			expect.arrayContaining(['IRN', 'IRQ'])
		);
		expect(layerProperties(tile, 'country_labels').map((p) => p.name_en)).toContain('Iran');
		const places = layerProperties(tile, 'places');
		expect(places.map((p) => p.name_en)).toContain('Tehran');
		// Per-zoom thinning: nothing NE shows only from a later zoom.
		for (const p of places) expect(p.min_zoom as number).toBeLessThanOrEqual(3);
	});

	it('z7 tiles: Durrës on the coast, the Iran–Iraq border at Qasr-e Shirin', async () => {
		const durres = (await tileAt(dirA, 'region', 7, DURRES)).tile;
		expect(Object.keys(durres.layers)).toEqual(
			expect.arrayContaining(['ocean', 'coastline', 'land', 'places'])
		);
		expect(layerProperties(durres, 'places').map((p) => p.name)).toContain('Durrës');
		expect(durres.layers.ocean!.feature(0).type).toBe(3);
		expect(durres.layers.coastline!.feature(0).type).toBe(2);

		const qasr = (await tileAt(dirA, 'region', 7, QASR_E_SHIRIN)).tile;
		expect(
			layerProperties(qasr, 'land')
				.map((p) => p.adm0_a3)
				.sort()
		).toEqual(['IRN', 'IRQ']);
		expect(layerProperties(qasr, 'boundaries')).toContainEqual({
			featurecla: 'International boundary (verify)'
		});
		expect(layerProperties(qasr, 'places').map((p) => p.name_en)).toContain('Qasr-e Shirin');
	});

	it('decoded polygons are valid: first ring outer, rings closed-able and non-degenerate', async () => {
		const { tile } = await tileAt(dirA, 'region', 5, [50, 37]); // Caspian coast
		for (const name of ['ocean', 'land']) {
			const layer = tile.layers[name]!;
			for (let i = 0; i < layer.length; i++) {
				const rings = layer.feature(i).loadGeometry();
				expect(rings.length).toBeGreaterThan(0);
				for (const ring of rings) expect(ring.length).toBeGreaterThanOrEqual(4);
				const first = rings[0]!.map((p) => [p.x, p.y] as [number, number]);
				expect(signedArea(first)).toBeLessThan(0);
			}
		}
	});
});

describe('buildBasemap input errors', () => {
	let dir: string;

	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'basemap-err-'));
	});

	afterAll(async () => {
		await rm(dir, { recursive: true, force: true });
	});

	/** A copy of the sources where `file` is replaced by `content` (or removed if null). */
	async function sourcesWith(name: string, file: string, content: string | null) {
		const src = join(dir, name, 'src');
		await cp(SOURCE_DIR, src, { recursive: true });
		if (content === null) await rm(join(src, file));
		else await writeFile(join(src, file), content);
		return { src, out: join(dir, name, 'out') };
	}

	it('names a missing file', async () => {
		const file = 'ne_10m_lakes.geojson';
		const { src, out } = await sourcesWith('missing', file, null);
		await expect(buildBasemap({ sourceDir: src, outDir: out, region: REGION })).rejects.toThrow(
			new RegExp(`${file}.*missing`)
		);
		// Inputs are checked before anything is written.
		await expect(stat(out)).rejects.toThrow();
	});

	it('names a file that is not a FeatureCollection', async () => {
		const file = 'ne_10m_ocean.geojson';
		const { src, out } = await sourcesWith(
			'not-fc',
			file,
			JSON.stringify({ type: 'Feature', geometry: null, properties: {} })
		);
		await expect(buildBasemap({ sourceDir: src, outDir: out, region: REGION })).rejects.toThrow(
			new RegExp(`${file} is not a GeoJSON FeatureCollection`)
		);
	});

	it('names a file that is not JSON', async () => {
		const file = 'ne_10m_populated_places.geojson';
		const { src, out } = await sourcesWith('not-json', file, '{"type": "FeatureCollection", ');
		await expect(buildBasemap({ sourceDir: src, outDir: out, region: REGION })).rejects.toThrow(
			new RegExp(`${file} is not valid JSON`)
		);
	});

	it('rejects an invalid region', async () => {
		await expect(
			buildBasemap({ sourceDir: SOURCE_DIR, outDir: join(dir, 'x'), region: [66, 22, -12, 60] })
		).rejects.toThrow(/region/);
	});
});

describe('basemapStyle', () => {
	const manifest: BasemapManifest = {
		tilesets: basemapTilesets(REGION).map((t) => ({
			id: t.id,
			minzoom: t.minzoom,
			maxzoom: t.maxzoom,
			bounds: [...t.bounds],
			layers: t.layers.map((l) => l.name),
			tiles: 0,
			bytes: 0
		})),
		attribution: 'Natural Earth'
	};
	const { sources, layers } = basemapStyle({
		tilesBaseUrl: 'http://example.test/basemap/',
		fontFamily: 'Vazirmatn',
		manifest
	});

	it('uses only sources it defines and source-layers the manifest lists', () => {
		for (const layer of layers) {
			if (!('source' in layer)) continue;
			const source = sources[layer.source];
			expect(source, layer.id).toBeDefined();
			const tileset = manifest.tilesets.find((t) =>
				(source as { tiles: string[] }).tiles[0]!.includes(`/${t.id}/`)
			);
			expect(tileset?.layers, layer.id).toContain(layer['source-layer']);
		}
	});

	it('only reads attributes that the tiles carry', () => {
		const specs = basemapTilesets(REGION);
		for (const layer of layers) {
			if (!('source' in layer)) continue;
			const tilesetId = layer.source.replace('basemap-', '');
			const spec = specs
				.find((t) => t.id === tilesetId)!
				.layers.find((l) => l.name === layer['source-layer'])!;
			const used = new Set<string>();
			const visit = (node: unknown) => {
				if (!Array.isArray(node)) {
					if (node && typeof node === 'object') Object.values(node).forEach(visit);
					return;
				}
				if ((node[0] === 'get' || node[0] === 'has') && typeof node[1] === 'string' && node.length === 2) {
					used.add(node[1]);
				}
				node.forEach(visit);
			};
			visit([layer.filter, layer.layout, layer.paint]);
			for (const prop of used) expect(spec.properties, `${layer.id} reads ${prop}`).toContain(prop);
		}
	});

	it('builds tile URLs by concatenation, with zooms, bounds and attribution from the manifest', () => {
		expect(Object.keys(sources).sort()).toEqual(['basemap-region', 'basemap-world']);
		expect(sources['basemap-world']).toMatchObject({
			type: 'vector',
			tiles: ['http://example.test/basemap/world/{z}/{x}/{y}.pbf'],
			minzoom: 0,
			maxzoom: 4,
			bounds: [-180, -85, 180, 85]
		});
		expect(sources['basemap-region']).toMatchObject({
			tiles: ['http://example.test/basemap/region/{z}/{x}/{y}.pbf'],
			minzoom: 5,
			maxzoom: 7,
			bounds: REGION
		});
		for (const source of Object.values(sources)) {
			expect((source as { attribution?: string }).attribution).toMatch(
				/naturalearthdata\.com.*Natural Earth/
			);
		}
	});

	it('labels use the given font family; region layers start at z5, world-only layers end there', () => {
		const symbols = layers.filter((l) => l.type === 'symbol');
		expect(symbols.length).toBeGreaterThan(0);
		for (const l of symbols) expect(l.layout?.['text-font'], l.id).toEqual(['Vazirmatn']);
		for (const l of layers) {
			if ('source' in l && l.source === 'basemap-region') expect(l.minzoom, l.id).toBeGreaterThanOrEqual(5);
		}
		expect(layers.find((l) => l.id === 'basemap-world-place-labels')?.maxzoom).toBe(5);
		// Ocean is painted in the sea colour, so the region blends with a background in that colour.
		const ocean = layers.find((l) => l.id === 'basemap-region-ocean');
		expect(ocean?.paint).toMatchObject({ 'fill-color': basemapPalette.sea });
	});

	it('is accepted by the MapLibre style-spec validator as part of a full style', () => {
		const style: StyleSpecification = {
			version: 8,
			'font-faces': {
				Vazirmatn: [
					{
						url: 'http://example.test/fonts/vazirmatn-latin-400-normal.woff2',
						'unicode-range': ['U+0000-00FF']
					},
					{
						url: 'http://example.test/fonts/vazirmatn-arabic-400-normal.woff2',
						'unicode-range': ['U+0600-06FF']
					}
				]
			},
			sources,
			layers: [
				{ id: 'background', type: 'background', paint: { 'background-color': basemapPalette.sea } },
				...layers
			]
		};
		expect(validateStyleMin(style)).toEqual([]);
		expect(new Set(layers.map((l) => l.id)).size).toBe(layers.length);
	});

	it('drops the region when the manifest has no region tileset (and takes a parsed-JSON manifest)', () => {
		const parsed: BasemapManifest = JSON.parse(
			JSON.stringify({ ...manifest, tilesets: manifest.tilesets.filter((t) => t.id === 'world') })
		);
		const worldOnly = basemapStyle({
			tilesBaseUrl: 'http://example.test/basemap',
			fontFamily: 'Vazirmatn',
			manifest: parsed
		});
		expect(Object.keys(worldOnly.sources)).toEqual(['basemap-world']);
		expect(validateStyleMin({ version: 8, sources: worldOnly.sources, layers: worldOnly.layers })).toEqual(
			[]
		);
		for (const l of worldOnly.layers) if ('source' in l) expect(l.source).toBe('basemap-world');
	});

	it('source files listed by the tilesets are exactly the copied Natural Earth files', async () => {
		const geojson = (await readdir(SOURCE_DIR)).filter((f) => f.endsWith('.geojson')).sort();
		expect(geojson).toEqual(basemapSourceFiles(REGION));
	});
});
