/** What a static map contains: basemap, the chapter's layers as the live style draws them, labels, text as text. */
import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { toBaseFeatures, type NaturalEarth } from '../../../src/lib/static-map/basemap';
import { pathMaker } from '../../../src/lib/static-map/geometry';
import { renderStaticMap, type StaticMapInput } from '../../../src/lib/static-map/render';
import { escapeXml } from '../../../src/lib/static-map/svg';
import type { MapView } from '../../../src/lib/map/view';

const feature = (id: string, geometry: Geometry, properties: Record<string, unknown> = {}): Feature => ({
	type: 'Feature',
	id,
	geometry,
	properties: { id, ...properties }
});
const square = (w: number, s: number, e: number, n: number): Geometry => ({
	type: 'Polygon',
	coordinates: [
		[
			[w, s],
			[e, s],
			[e, n],
			[w, n],
			[w, s]
		]
	]
});

function basemap(): NaturalEarth {
	const empty = toBaseFeatures([]);
	return {
		region: [0, 30, 30, 50],
		worldCountries: toBaseFeatures([feature('land', square(-20, 20, 60, 60), { name_en: 'Testland' })]),
		countries: toBaseFeatures([feature('land', square(-20, 20, 60, 60))]),
		ocean: empty,
		coastline: empty,
		lakes: empty,
		rivers: empty,
		boundaries: toBaseFeatures([
			feature(
				'b1',
				{
					type: 'LineString',
					coordinates: [
						[15, 35],
						[15, 45]
					]
				},
				{ featurecla: 'International boundary (verify)' }
			)
		]),
		disputed: toBaseFeatures([
			feature('d1', {
				type: 'LineString',
				coordinates: [
					[17, 35],
					[17, 45]
				]
			})
		]),
		places: toBaseFeatures([
			feature(
				'p1',
				{ type: 'Point', coordinates: [14, 41] },
				{ name_en: 'Basemap Town', min_zoom: 3, scalerank: 5 }
			),
			feature(
				'p2',
				// 4 km from the story's Old City: the basemap's own point for the same place.
				{ type: 'Point', coordinates: [16.05, 42] },
				{ name_en: 'Old City', min_zoom: 3, scalerank: 5 }
			)
		])
	};
}

const layers: StaticMapInput['layers'] = [
	{
		id: 'cities',
		color: '#aa0000',
		features: [
			feature(
				'old-city',
				{ type: 'Point', coordinates: [16, 42] },
				{ name: 'Old City', name_fa: 'شهر کهنه', certainty: 'established' }
			),
			feature('camp--uncertainty', square(17.9, 39.9, 18.1, 40.1), {
				kind: 'uncertainty',
				certainty: 'approximate'
			}),
			feature(
				'camp',
				{ type: 'Point', coordinates: [18, 40] },
				{ name: 'Camp <b>"X"</b> & co', certainty: 'approximate', radius_km: 10 }
			),
			feature(
				'hamlet',
				{ type: 'Point', coordinates: [15, 40] },
				{ name: 'Hamlet', certainty: 'established', label_min_zoom: 12 }
			)
		]
	},
	{
		id: 'route',
		color: '#0000aa',
		features: [
			feature(
				'road',
				{
					type: 'LineString',
					coordinates: [
						[14, 39],
						[18, 41]
					]
				},
				{ name: 'Road', certainty: 'approximate' }
			)
		]
	},
	{
		id: 'hidden',
		color: '#00aa00',
		features: [
			feature(
				'elsewhere',
				{ type: 'Point', coordinates: [15, 41] },
				{ name: 'Elsewhere', certainty: 'established' }
			)
		]
	}
];

function render(view: Partial<MapView> = {}) {
	return renderStaticMap({
		size: { width: 400, height: 300 },
		view: {
			camera: { kind: 'center', center: [16, 41], zoom: 6, pitch: 0, bearing: 0 },
			layers: ['cities', 'route'],
			highlight: ['camp', 'road'],
			...view
		},
		title: 'Map: A <chapter> & more',
		description: 'A test map.',
		basemap: basemap(),
		layers,
		// As the server builds them for an edition (server/editions.ts): each point's name, then a second line.
		placeLabels: {
			'old-city': ['Old City', 'شهر کهنه'],
			camp: ['Camp <b>"X"</b> & co'],
			hamlet: ['Hamlet'],
			elsewhere: ['Elsewhere']
		},
		attribution: 'Basemap: Natural Earth'
	});
}

/** The attributes of the element whose data-feature is `id`. */
const featureElement = (svg: string, id: string) =>
	svg.match(new RegExp(`<(?:path|circle) data-feature="${id}"[^>]*>`))?.[0] ?? '';

describe('a static map', () => {
	it('is an SVG document of the frame size that keeps the whole frame in any box', () => {
		const svg = render();
		expect(svg).toMatch(
			/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="400" height="300" viewBox="0 0 400 300" preserveAspectRatio="xMidYMid meet"/
		);
		expect(svg.trim().endsWith('</svg>')).toBe(true);
		expect(svg).toContain('data-zoom="6.000"');
		expect(svg).toContain(`<title>Map: A &lt;chapter&gt; &amp; more</title>`);
	});

	it('draws the basemap: land, borders, disputed lines dashed, places not labelled by the story', () => {
		const svg = render();
		expect(svg).toMatch(/<path fill="#f3efe5"[^>]* d="M/);
		expect(svg).toMatch(/<path fill="none" stroke="#a29d94"[^>]* d="M/);
		expect(svg).toMatch(/<path fill="none" stroke="#8f7a96"[^>]*stroke-dasharray=/);
		expect(svg).toContain('>Basemap Town</tspan>');
		// "Old City" is a story place: labelled once, by the story, though Natural Earth's point is 4 km off.
		expect(svg.match(/>Old City</g)).toHaveLength(1);
		expect(svg).toContain('<desc>A test map. Basemap: Natural Earth</desc>');
	});

	it('shows exactly the chapter’s layers, in their colours', () => {
		const svg = render();
		expect(svg).toContain('<g data-layer="cities">');
		expect(svg).toContain('<g data-layer="route">');
		expect(svg).not.toContain('data-layer="hidden"');
		expect(svg).not.toContain('Elsewhere');
		expect(featureElement(svg, 'old-city')).toContain('fill="#aa0000"');
		expect(featureElement(svg, 'road')).toContain('stroke="#0000aa"');
	});

	it('emphasises highlighted features as the live map does', () => {
		const highlighted = render();
		const plain = render({ highlight: [] });
		expect(featureElement(highlighted, 'camp')).toContain('class="hl"');
		expect(featureElement(highlighted, 'camp')).toContain('r="9.5"'); // 8 + half its 3-px ring
		expect(featureElement(plain, 'camp')).toContain('r="7.5"');
		expect(featureElement(highlighted, 'road')).toContain('stroke-width="5"');
		expect(featureElement(plain, 'road')).toContain('stroke-width="3.5"');
	});

	it('draws approximate places hollow, with their dashed uncertainty circle, and approximate lines dashed', () => {
		const svg = render();
		const circle = featureElement(svg, 'camp--uncertainty');
		expect(circle).toContain('fill-opacity="0.14"');
		expect(circle).toMatch(/stroke-dasharray="3 3"/);
		expect(featureElement(svg, 'camp')).toContain('fill="#ffffff"');
		expect(featureElement(svg, 'camp')).toContain('stroke="#aa0000"');
		expect(featureElement(svg, 'road')).toMatch(/stroke-dasharray="10 5"/);
	});

	it('labels places with the edition’s label lines (here a name and, under it, its Persian name); respects label_min_zoom', () => {
		const svg = render();
		expect(svg).toMatch(
			/<text class="s"[^>]*><tspan[^>]*>Old City<\/tspan><tspan[^>]*font-size="11.7"[^>]*>شهر کهنه<\/tspan><\/text>/
		);
		expect(svg).not.toContain('Hamlet');
		// At zoom 12, centred on it (places far outside the frame are not drawn at all).
		expect(
			render({ camera: { kind: 'center', center: [15, 40], zoom: 12, pitch: 0, bearing: 0 } })
		).toContain('>Hamlet<');
	});

	it('writes names as text, never as markup', () => {
		const svg = render();
		expect(svg).toContain('>Camp &lt;b&gt;&quot;X&quot;&lt;/b&gt; &amp; co</tspan>');
		expect(svg).not.toContain('<b>');
		expect(escapeXml(`<script>alert('x')</script>`)).toBe(
			'&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;'
		);
	});

	it('frames a fitted camera around its box, and keeps that box whole in any box shape', () => {
		const svg = render({ camera: { kind: 'bounds', bounds: [14, 39, 18, 42], padding: 20 } });
		const zoom = Number(/data-zoom="([\d.]+)"/.exec(svg)![1]);
		// The box is 4° wide and 3° tall; in a 400 × 300 frame less 20 px on each side it fits at about zoom 5.8.
		expect(zoom).toBeGreaterThan(5.5);
		expect(zoom).toBeLessThan(6.2);
		// The viewBox is the box with its padding: it touches the frame on one axis, centred on the other.
		const [x, y, w, h] = /viewBox="([^"]+)"/.exec(svg)![1]!.split(' ').map(Number) as [
			number,
			number,
			number,
			number
		];
		expect(x + w / 2).toBeCloseTo(200, 0);
		expect(y + h / 2).toBeCloseTo(150, 0);
		expect(w === 400 || h === 300).toBe(true);
		expect(w < 400 || h < 300).toBe(true);
	});
});

describe('path data', () => {
	const identity = (x: number, y: number): [number, number] => [x, y];

	it('drops vertices that do not change the shape by a pixel, and writes relative steps', () => {
		const path = pathMaker(identity, [-10, -10, 110, 110]);
		const line = {
			type: 'LineString' as const,
			coordinates: Array.from({ length: 50 }, (_, i) => [i * 2, i * 2.01])
		};
		expect(path(line)).toBe('M0 0l98 98.5');
	});

	it('clips to the box: what lies outside is not written', () => {
		const path = pathMaker(identity, [0, 0, 100, 100]);
		expect(
			path({
				type: 'LineString',
				coordinates: [
					[200, 200],
					[300, 300]
				]
			})
		).toBe('');
		expect(
			path({
				type: 'LineString',
				coordinates: [
					[-50, 50],
					[150, 50]
				]
			})
		).toBe('M0 50l100 0');
		// The quarter of the square inside the box, from (50, 0) round to (0, 0).
		expect(path(square(-50, -50, 50, 50))).toBe('M50 0l0 50-50 0 0-50z');
	});
});
