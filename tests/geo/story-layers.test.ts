import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import length from '@turf/length';
import { describe, expect, it } from 'vitest';
import { IssueList, ValidationError } from '../../src/lib/content/validation-error';
import { loadGeodata } from '../../geo/pipeline/load-geodata';
import { prepareLayer } from '../../geo/pipeline/prepare-layer';
import { validateLayer } from '../../geo/pipeline/validate-layer';

const REGION: [number, number, number, number] = [-12, 22, 66, 60];
const props = { name: 'Place', kind: 'city', certainty: 'established', sources: ['src-a'] };
const point = (id: unknown, coordinates: unknown, properties: object = props) => ({
	type: 'Feature',
	id,
	geometry: { type: 'Point', coordinates },
	properties
});
const collection = (...features: unknown[]) =>
	JSON.stringify({ type: 'FeatureCollection', features }, null, 2);

function validate(text: string) {
	const issues = new IssueList();
	const features = validateLayer(text, 'src/content/layers/test.geojson', REGION, issues);
	return { features, issues: issues.issues };
}

describe('validateLayer', () => {
	it('accepts a valid layer', () => {
		const { features, issues } = validate(collection(point('tehran', [51.389, 35.6892])));
		expect(issues).toEqual([]);
		expect(features[0]!.id).toBe('tehran');
	});

	const cases: [string, string, RegExp, string?][] = [
		[
			'invalid JSON, with its line',
			'{\n "type": "FeatureCollection",\n "features": [,]\n}',
			/invalid JSON/,
			''
		],
		['not a FeatureCollection', JSON.stringify({ type: 'Feature' }), /must be "FeatureCollection"/, 'type'],
		[
			'a feature without an id',
			collection(point(undefined, [1, 40])),
			/every story feature needs a stable id/,
			'features[0].id'
		],
		[
			'an id that is not a slug',
			collection(point('Camp Ashraf', [1, 40])),
			/lower-case letters/,
			'features[0].id'
		],
		[
			'a GeometryCollection',
			collection({ ...point('a', [1, 40]), geometry: { type: 'GeometryCollection', geometries: [] } }),
			/must be one of Point/,
			'features[0].geometry.type'
		],
		[
			'a missing geometry',
			collection({ ...point('a', [1, 40]), geometry: null }),
			/needs a geometry/,
			'features[0].geometry'
		],
		[
			'longitude out of range',
			collection(point('a', [200, 40])),
			/longitude 200 is out of range/,
			'features[0].geometry.coordinates[0]'
		],
		[
			'latitude out of range',
			collection(point('a', [10, -95])),
			/latitude -95 is out of range/,
			'features[0].geometry.coordinates[1]'
		],
		[
			'coordinates written as text',
			collection(point('a', ['10', 40])),
			/^must be a number, not string$/,
			'features[0].geometry.coordinates[0]'
		],
		[
			'swapped coordinates',
			collection(point('a', [48.8566, 2.3522])),
			/looks like \[latitude, longitude\]/,
			'features[0].geometry.coordinates'
		],
		[
			'an unclosed ring',
			collection({
				type: 'Feature',
				id: 'area',
				geometry: {
					type: 'Polygon',
					coordinates: [
						[
							[1, 40],
							[2, 40],
							[2, 41],
							[1, 41]
						]
					]
				},
				properties: props
			}),
			/ring is not closed/,
			'features[0].geometry.coordinates[0]'
		],
		[
			'a one-point line',
			collection({
				type: 'Feature',
				id: 'l',
				geometry: { type: 'LineString', coordinates: [[1, 40]] },
				properties: props
			}),
			/at least 2 positions/
		],
		[
			'no sources',
			collection(point('a', [1, 40], { ...props, sources: [] })),
			/needs at least one source id/,
			'features[0].properties.sources'
		],
		[
			'an approximate place without a radius',
			collection(point('a', [1, 40], { ...props, certainty: 'approximate' })),
			/needs radius_km/,
			'features[0].properties.radius_km'
		],
		[
			'an unknown certainty',
			collection(point('a', [1, 40], { ...props, certainty: 'probable' })),
			/must be one of: established, approximate, disputed/
		],
		[
			'HTML in a name',
			collection(point('a', [1, 40], { ...props, name: '<img src=x onerror=alert(1)>' })),
			/HTML tags are not allowed/,
			'features[0].properties.name'
		],
		[
			'a misspelt property',
			collection(point('a', [1, 40], { ...props, certainity: 'established' })),
			/is not a known field/,
			'features[0].properties.certainity'
		],
		[
			'a great-circle path on more than two positions',
			collection({
				type: 'Feature',
				id: 'm',
				geometry: {
					type: 'LineString',
					coordinates: [
						[1, 40],
						[2, 41],
						[3, 42]
					]
				},
				properties: { ...props, path: 'great-circle' }
			}),
			/exactly 2 positions/,
			'features[0].properties.path'
		],
		['the reserved kind', collection(point('a', [1, 40], { ...props, kind: 'uncertainty' })), /reserved/],
		['an empty layer', collection(), /has no features/]
	];
	for (const [name, text, message, field] of cases) {
		it(`rejects ${name}`, () => {
			const { issues } = validate(text);
			const issue = issues.find((i) => message.test(i.message));
			expect(issue, JSON.stringify(issues)).toBeDefined();
			expect(issue!.file).toBe('src/content/layers/test.geojson');
			if (field !== undefined) expect(issue!.field).toBe(field);
		});
	}

	it('points at the line of the bad feature', () => {
		const { issues } = validate(collection(point('good', [1, 40]), point('bad', [1, 400])));
		expect(issues[0]!.line).toBe(
			collection(point('good', [1, 40]), point('bad', [1, 400]))
				.split('\n')
				.findIndex((l) => l.includes('"bad"')) + 1
		);
	});

	it('points at the line where JSON parsing stopped', () => {
		expect(validate('{\n "type": "FeatureCollection",\n "features": [,]\n}').issues[0]!.line).toBe(3);
	});
});

describe('prepareLayer', () => {
	it('copies ids into properties, rounds coordinates, and draws uncertainty circles', () => {
		const { features } = validate(
			collection(point('camp', [44.566712345, 34.0667], { ...props, certainty: 'approximate', radius_km: 5 }))
		);
		const out = prepareLayer(features);
		const [area, camp] = out.features;
		expect(camp!.properties).toMatchObject({ id: 'camp', radius_km: 5 });
		expect(camp!.geometry).toEqual({ type: 'Point', coordinates: [44.56671, 34.0667] });
		expect(area!.properties).toMatchObject({ id: 'camp--uncertainty', of: 'camp', kind: 'uncertainty' });
		expect(area!.geometry.type).toBe('Polygon');
		// The circle's circumference is 2πr.
		const ring = {
			type: 'Feature' as const,
			properties: {},
			geometry: {
				type: 'LineString' as const,
				coordinates: (area!.geometry as GeoJSON.Polygon).coordinates[0]!
			}
		};
		expect(length(ring, { units: 'kilometers' })).toBeCloseTo(2 * Math.PI * 5, 0);
	});
});

describe('great-circle moves', () => {
	it('become the arc between their ends', () => {
		const move = {
			type: 'Feature',
			id: 'move',
			geometry: {
				type: 'LineString',
				coordinates: [
					[51.389, 35.6892],
					[2.3522, 48.8566]
				]
			},
			properties: { ...props, kind: 'move', path: 'great-circle' }
		};
		const { features, issues } = validate(collection(move));
		expect(issues).toEqual([]);
		const arc = prepareLayer(features).features[0]!.geometry as GeoJSON.LineString;
		expect(arc.coordinates.length).toBe(64);
		expect(arc.coordinates[0]).toEqual([51.389, 35.6892]);
		expect(arc.coordinates.at(-1)).toEqual([2.3522, 48.8566]);
		// A great circle from Tehran to Paris bends north of the straight line on the map.
		const middle = arc.coordinates[32]!;
		expect(middle[1]).toBeGreaterThan((35.6892 + 48.8566) / 2 + 2);
	});
});

describe('loadGeodata', () => {
	async function geoDir(layers: Record<string, string | Uint8Array>, config?: string) {
		const dir = await mkdtemp(join(tmpdir(), 'geo-'));
		await mkdir(join(dir, 'layers'));
		const ids = Object.keys(layers);
		await writeFile(
			join(dir, 'layers.yaml'),
			config ??
				`region: [-12, 22, 66, 60]\nlayers:\n${ids.map((id) => `  - { id: ${id}, title: T, legend: L, color: '#112233' }`).join('\n')}\n`
		);
		for (const [id, content] of Object.entries(layers))
			await writeFile(join(dir, 'layers', `${id}.geojson`), content);
		return dir;
	}
	async function issuesOf(dir: string) {
		const error = await loadGeodata(dir, 'src/content').catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ValidationError);
		return (error as ValidationError).issues;
	}

	it('builds manifest entries with a content hash and the bounding box', async () => {
		const dir = await geoDir({ a: collection(point('x', [1, 40]), point('y', [3, 42])) });
		const { layers, files } = await loadGeodata(dir, 'src/content');
		expect(layers[0]).toMatchObject({
			id: 'a',
			sourceFile: 'src/content/layers/a.geojson',
			bbox: [1, 40, 3, 42]
		});
		expect(layers[0]!.url).toMatch(/^data\/a\.geojson\?v=[0-9a-f]{10}$/);
		expect(JSON.parse(files.get('a.geojson')!).features).toHaveLength(2);
	});

	it('rejects feature ids used twice across layers', async () => {
		const dir = await geoDir({ a: collection(point('x', [1, 40])), b: collection(point('x', [2, 41])) });
		expect((await issuesOf(dir))[0]).toMatchObject({
			file: 'src/content/layers/b.geojson',
			line: 6, // the line of `"id": "x"` in b.geojson
			message: expect.stringMatching(/duplicate feature id "x" \(also in src\/content\/layers\/a.geojson\)/)
		});
	});

	it('rejects a missing layer file, bad bytes and oversized files', async () => {
		const dir = await geoDir({ a: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), b: ' '.repeat(6 * 1024 * 1024) });
		await writeFile(
			join(dir, 'layers.yaml'),
			"region: [-12, 22, 66, 60]\nlayers:\n  - { id: a, title: T, legend: L, color: '#112233' }\n  - { id: b, title: T, legend: L, color: '#112233' }\n  - { id: c, title: T, legend: L, color: '#112233' }\n"
		);
		const messages = (await issuesOf(dir)).map((i) => `${i.file}: ${i.message}`);
		expect(messages).toContain(
			'src/content/layers/a.geojson: is not valid UTF-8 (bad byte at offset 1); save it as UTF-8'
		);
		expect(messages).toContain('src/content/layers/b.geojson: file is 6.0 MB; the limit is 5.0 MB');
		expect(messages).toContain('src/content/layers/c.geojson: file is missing');
	});

	it('rejects a bad layers.yaml with the field', async () => {
		const dir = await geoDir(
			{},
			'region: [66, 22, -12, 60]\nlayers:\n  - { id: a, title: T, legend: L, color: red }\n'
		);
		const issues = await issuesOf(dir);
		expect(issues.map((i) => i.field)).toEqual(expect.arrayContaining(['region', 'layers[0].color']));
	});
});

describe('geometry a map cannot show', () => {
	const shape = (id: string, type: string, coordinates: unknown, properties: object = props) => ({
		type: 'Feature',
		id,
		geometry: { type, coordinates },
		properties
	});
	const move = (coordinates: unknown) =>
		shape('move', 'LineString', coordinates, { ...props, path: 'great-circle' });
	const cases: [string, unknown, string, RegExp][] = [
		[
			'an empty LineString',
			shape('l', 'LineString', []),
			'features[0].geometry.coordinates',
			/is empty: a LineString needs positions/
		],
		[
			'an empty MultiPoint',
			shape('m', 'MultiPoint', []),
			'features[0].geometry.coordinates',
			/is empty: a MultiPoint needs points/
		],
		[
			'a Polygon without rings',
			shape('p', 'Polygon', []),
			'features[0].geometry.coordinates',
			/is empty: a Polygon needs a ring/
		],
		[
			'a Polygon with an empty ring',
			shape('p', 'Polygon', [[]]),
			'features[0].geometry.coordinates[0]',
			/ring needs at least 4 positions/
		],
		[
			'a MultiPolygon with an empty polygon',
			shape('p', 'MultiPolygon', [[]]),
			'features[0].geometry.coordinates[0]',
			/is an empty polygon/
		],
		[
			'a MultiLineString with an empty line',
			shape('l', 'MultiLineString', [[]]),
			'features[0].geometry.coordinates[0]',
			/at least 2 positions/
		],
		[
			'a line jumping across the antimeridian',
			shape('l', 'LineString', [
				[170, -10],
				[178, -12],
				[-179, -13]
			]),
			'features[0].geometry.coordinates[2]',
			/goes from \[178, -12\] to \[-179, -13\], more than 180° of longitude in one step/
		],
		[
			'a line split at the antimeridian',
			shape('l', 'MultiLineString', [
				[
					[170, -10],
					[180, -11]
				],
				[
					[-180, -11],
					[-170, -12]
				]
			]),
			'features[0].geometry.coordinates',
			/is split at the antimeridian/
		],
		[
			'a move between antipodes',
			move([
				[10, 20],
				[-170, -20]
			]),
			'features[0].properties.path',
			/180\.0° of arc apart/
		],
		[
			'a move between nearly antipodal places',
			move([
				[10, 20],
				[-169.5, -20.2]
			]),
			'features[0].properties.path',
			/of arc apart, \(nearly\) opposite/
		],
		[
			'a move to where it starts',
			move([
				[10, 20],
				[10, 20]
			]),
			'features[0].properties.path',
			/must end somewhere else/
		],
		[
			'a move whose arc crosses the antimeridian',
			move([
				[139.7, 35.7],
				[-122.4, 37.8]
			]),
			'features[0].properties.path',
			/arc crosses the antimeridian/
		]
	];
	for (const [name, feature, field, message] of cases) {
		it(`refuses ${name}`, () => {
			const { features, issues } = validate(collection(feature));
			expect(features).toEqual([]);
			expect(issues).toEqual([expect.objectContaining({ field, message: expect.stringMatching(message) })]);
		});
	}

	it('refuses a file nested deeper than any story needs, before parsing it', () => {
		const { issues } = validate(`{"type": "FeatureCollection", "features": ${'['.repeat(100_000)}`);
		expect(issues).toEqual([
			expect.objectContaining({ line: 1, message: expect.stringMatching(/more than 64 levels deep/) })
		]);
	});

	it('quotes at most a few characters of a bad value, however big', () => {
		const { issues } = validate(collection({ ...point('a', [1, 40]), type: 'x'.repeat(100_000) }));
		expect(issues[0]!.message).toMatch(/^must be "Feature" \(got "x{40}…"\)$/);
	});

	it('frames a great-circle move by its arc, which bends north of its ends', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'geo-'));
		await mkdir(join(dir, 'layers'));
		await writeFile(
			join(dir, 'layers.yaml'),
			"region: [-12, 22, 66, 60]\nlayers:\n  - { id: moves, title: T, legend: L, color: '#112233' }\n"
		);
		await writeFile(
			join(dir, 'layers', 'moves.geojson'),
			collection(
				move([
					[0, 40],
					[60, 40]
				])
			)
		);
		const { layers } = await loadGeodata(dir, 'src/content');
		expect(layers[0]!.features[0]!.bbox[3]).toBeGreaterThan(40 + 2);
	});
});
