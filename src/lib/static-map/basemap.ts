/**
 * The static map's basemap: the Natural Earth data of the live basemap (docs/basemap.md), drawn
 * with the live style's colours, widths and zoom rules (src/lib/map/basemap-style.ts). Below zoom
 * 5 the 1:50m world layers, from zoom 5 the 1:10m region layers, as the live map switches tilesets.
 */
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type { BBox } from '../content/schema';
import { basemapPalette as c } from '../map/basemap-style';
import { boxesOverlap, geometryBBox } from './geometry';
import { wrap, type Label } from './labels';
import { attrs, num } from './svg';
import { nearStoryPlace, type StoryPoint } from '../geodata/story-places';

/** A Natural Earth feature with its bounding box, so frames skip what they cannot show. */
export interface BaseFeature {
	geometry: Geometry;
	properties: Record<string, unknown>;
	bbox: [number, number, number, number];
}

export interface NaturalEarth {
	/** The study region: where the 1:10m layers exist. */
	region: BBox;
	/** ne_50m_admin_0_countries_world: land and country labels of the world layer. */
	worldCountries: BaseFeature[];
	/** ne_10m_admin_0_countries */
	countries: BaseFeature[];
	/** ne_10m_ocean */
	ocean: BaseFeature[];
	/** The ocean's outline without the edges where the extract was cut (as the basemap derives it). */
	coastline: BaseFeature[];
	lakes: BaseFeature[];
	rivers: BaseFeature[];
	/** ne_10m_admin_0_boundary_lines_land */
	boundaries: BaseFeature[];
	/** ne_10m_admin_0_boundary_lines_disputed_areas */
	disputed: BaseFeature[];
	/** ne_10m_populated_places */
	places: BaseFeature[];
}

export function toBaseFeatures(collection: FeatureCollection | readonly Feature[]): BaseFeature[] {
	const features = 'features' in collection ? collection.features : collection;
	return features
		.filter((f): f is Feature & { geometry: Geometry } => f.geometry !== null)
		.map((f) => ({ geometry: f.geometry, properties: f.properties ?? {}, bbox: geometryBBox(f.geometry) }));
}

/** The live map's first zoom drawn from the 1:10m region tileset. */
export const REGION_FROM_ZOOM = 5;

/** MapLibre's ['interpolate', ['linear'], ['zoom'], ...stops], clamped at both ends. */
export function interpolate(zoom: number, stops: readonly [number, number][]): number {
	const [first, last] = [stops[0]!, stops.at(-1)!];
	if (zoom <= first[0]) return first[1];
	if (zoom >= last[0]) return last[1];
	const i = stops.findIndex(([z]) => z > zoom);
	const [[z0, v0], [z1, v1]] = [stops[i - 1]!, stops[i]!];
	return v0 + ((v1 - v0) * (zoom - z0)) / (z1 - z0);
}

const number = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback);
const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
const isInternational = (p: Record<string, unknown>) =>
	String(p.featurecla ?? '').startsWith('International');

export interface BasemapDrawing {
	/** Fills and lines, bottom to top (drawn under the story layers). */
	shapes: string;
	/** Country labels then place labels, in priority order. */
	labels: Label[];
}

export interface BasemapOptions {
	zoom: number;
	/** Path data for a geometry in the frame ('' when clipped away). */
	path: (geometry: Geometry) => string;
	project: (lon: number, lat: number) => [number, number];
	/** What the frame covers (with its bleed), to skip features quickly. */
	bounds: [number, number, number, number];
	/** Places the story draws itself; the basemap leaves out its own places near them (as the tiles do). */
	storyPlaces: readonly StoryPoint[];
	/** The page's language: places and countries are labelled in it where the data has their name (as the live map). */
	labelLanguage?: string;
}

/** Scripts whose letters join: spacing them out would break them apart. */
const JOINED_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;

/** A basemap feature's label: in the page's language where the data has it, else English, else local. */
function labelOf(properties: Readonly<Record<string, unknown>>, lang = 'en'): string | undefined {
	const base = lang.split('-')[0]!.toLowerCase();
	return (
		(base === 'en' ? undefined : text(properties[`name_${base}`])) ??
		text(properties.name_en) ??
		text(properties.name)
	);
}

export function drawBasemap(ne: NaturalEarth, options: BasemapOptions): BasemapDrawing {
	const { zoom, path, bounds } = options;
	const tileZoom = Math.floor(zoom);
	const inFrame = (features: readonly BaseFeature[]) => features.filter((f) => boxesOverlap(f.bbox, bounds));
	const joined = (features: readonly BaseFeature[]) =>
		inFrame(features)
			.map((f) => path(f.geometry))
			.join('');
	const shapes: string[] = [];
	const draw = (d: string, style: Record<string, string | number>) => {
		if (d) shapes.push(`<path${attrs({ ...style, d })}/>`);
	};
	const useRegion = zoom >= REGION_FROM_ZOOM;
	const [w, s, e, n] = ne.region;
	const insideRegion = useRegion && bounds[0] >= w && bounds[1] >= s && bounds[2] <= e && bounds[3] <= n;

	if (!insideRegion) {
		// One path filled and outlined (the outline also runs along the clip box, out of sight).
		draw(joined(ne.worldCountries), {
			fill: c.land,
			'fill-rule': 'evenodd',
			stroke: c.border,
			'stroke-width': interpolate(zoom, [
				[0, 0.3],
				[4, 0.7],
				[8, 1]
			]),
			'stroke-linejoin': 'round'
		});
	}
	if (useRegion) {
		if (!insideRegion) draw(joined(ne.ocean), { fill: c.sea, 'fill-rule': 'evenodd' });
		draw(joined(ne.countries), { fill: c.land, 'fill-rule': 'evenodd' });
		const shownFrom = (f: BaseFeature) => zoom >= 7 || number(f.properties.min_zoom, 0) <= tileZoom;
		draw(joined(ne.lakes.filter(shownFrom)), { fill: c.lake, 'fill-rule': 'evenodd' });
		draw(joined(ne.coastline), {
			fill: 'none',
			stroke: c.coast,
			'stroke-width': interpolate(zoom, [
				[5, 0.6],
				[9, 1]
			]),
			'stroke-linejoin': 'round'
		});
		const riverWidth = (rank: number) =>
			interpolate(zoom, [
				[5, rank <= 4 ? 1 : 0.6],
				[9, rank <= 4 ? 2.2 : rank <= 7 ? 1.5 : 1]
			]);
		const rivers = ne.rivers.filter(shownFrom);
		for (const width of [...new Set(rivers.map((f) => riverWidth(number(f.properties.scalerank, 10))))]) {
			draw(joined(rivers.filter((f) => riverWidth(number(f.properties.scalerank, 10)) === width)), {
				fill: 'none',
				stroke: c.river,
				'stroke-width': width,
				'stroke-linejoin': 'round',
				'stroke-linecap': 'round'
			});
		}
		draw(joined(ne.boundaries.filter((f) => isInternational(f.properties))), {
			fill: 'none',
			stroke: c.border,
			'stroke-width': interpolate(zoom, [
				[5, 0.8],
				[9, 1.4]
			]),
			'stroke-linejoin': 'round'
		});
		const otherWidth = interpolate(zoom, [
			[5, 0.9],
			[9, 1.4]
		]);
		draw(joined(ne.boundaries.filter((f) => !isInternational(f.properties))), {
			fill: 'none',
			stroke: c.disputed,
			'stroke-width': otherWidth,
			'stroke-dasharray': `${num(3 * otherWidth)} ${num(2 * otherWidth)}`,
			'stroke-linejoin': 'round'
		});
	}
	const disputedWidth = useRegion
		? interpolate(zoom, [
				[5, 0.8],
				[9, 1.2]
			])
		: interpolate(zoom, [
				[2, 0.5],
				[4, 0.8]
			]);
	draw(joined(ne.disputed), {
		fill: 'none',
		stroke: c.disputed,
		'stroke-width': disputedWidth,
		'stroke-dasharray': `${num(2 * disputedWidth)} ${num(2 * disputedWidth)}`,
		'stroke-linejoin': 'round'
	});

	const places = inFrame(ne.places)
		.filter((f) => f.geometry.type === 'Point')
		.filter((f) => number(f.properties.min_zoom, 0) <= tileZoom)
		.filter((f) => useRegion || number(f.properties.min_zoom, 0) < REGION_FROM_ZOOM)
		.filter(
			(f) => !nearStoryPlace(...((f.geometry as Point).coordinates as [number, number]), options.storyPlaces)
		)
		.map((f) => ({ f, name: labelOf(f.properties, options.labelLanguage) }))
		.filter(({ name }) => name !== undefined)
		.sort(
			(a, b) =>
				number(a.f.properties.scalerank, 10) * 10 -
				number(a.f.properties.adm0cap, 0) -
				(number(b.f.properties.scalerank, 10) * 10 - number(b.f.properties.adm0cap, 0))
		);
	const labels: Label[] = [];
	if (zoom < 6) labels.push(...countryLabels(ne, options));
	for (const { f, name } of places) {
		const [lon, lat] = (f.geometry as Point).coordinates as [number, number];
		const [x, y] = options.project(lon, lat);
		const capital = number(f.properties.adm0cap, 0) === 1;
		const radius = capital ? 3 : 2.2;
		const halo = capital ? 1.2 : 0.8;
		shapes.push(
			`<circle${attrs({ cx: x, cy: y, r: radius + halo / 2, fill: c.placeDot, stroke: c.halo, 'stroke-width': halo })}/>`
		);
		const size = interpolate(zoom, [
			[3, capital ? 11.5 : 10.5],
			[8, capital ? 14.5 : number(f.properties.scalerank, 10) <= 4 ? 13 : 12]
		]);
		labels.push({
			lines: wrap(name!, size, 8 * size).map((line) => ({ text: line, size })),
			x,
			y,
			offset: 0.45 * size + radius,
			anchors: ['left', 'right', 'top', 'bottom'],
			className: 'p',
			padding: 3
		});
	}
	return { shapes: shapes.join(''), labels };
}

function countryLabels(ne: NaturalEarth, options: BasemapOptions): Label[] {
	const { zoom, bounds, project } = options;
	return ne.worldCountries
		.map((f) => f.properties)
		.filter((p) => typeof p.label_x === 'number' && typeof p.label_y === 'number')
		.filter((p) => number(p.min_label, 0) <= Math.floor(zoom))
		.filter((p) => boxesOverlap([p.label_x, p.label_y, p.label_x, p.label_y] as number[], bounds))
		.sort((a, b) => number(a.labelrank, 9) - number(b.labelrank, 9))
		.flatMap((p) => {
			const name = labelOf(p, options.labelLanguage);
			if (!name) return [];
			const rank = number(p.labelrank, 9);
			const size = interpolate(zoom, [
				[2, rank <= 2 ? 11 : 9.5],
				[5, rank <= 3 ? 14 : 12]
			]);
			const [x, y] = project(p.label_x as number, p.label_y as number);
			// Spaced capitals, as the live map draws them; a joined script (Arabic, Persian) is never
			// spaced out, which would break its letters apart (MapLibre does the same).
			const joined = JOINED_SCRIPT.test(name);
			const spacing = joined ? 0 : 0.12;
			return [
				{
					lines: wrap(joined ? name : name.toUpperCase(), size, 7 * size, spacing).map((line) => ({
						text: line,
						size
					})),
					x,
					y,
					offset: 0,
					anchors: ['center'],
					className: joined ? 'cj' : 'c',
					letterSpacing: spacing,
					padding: 4
				} satisfies Label
			];
		});
}
