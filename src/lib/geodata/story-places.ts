/**
 * "A basemap label never doubles a story place": where the story draws a place itself, the
 * basemap (its tiles and the static maps) leaves out its own populated places nearby, so a city
 * is not labelled twice a few kilometres apart (Natural Earth's points and the story's often differ
 * by 3–8 km). Used at build time by `npm run geo` and by the static maps.
 */
import type { ManifestLayer } from './manifest';

/**
 * How near (km) to a story place a basemap place is left out. Larger for an approximate place:
 * anything inside its uncertainty circle is left out too.
 */
export const BASEMAP_PLACE_CLEARANCE_KM = 10;

export interface StoryPoint {
	lon: number;
	lat: number;
	/** The place's uncertainty radius, for approximate places. */
	radiusKm?: number;
}

const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in km (haversine). */
export function distanceKm(a: { lon: number; lat: number }, b: { lon: number; lat: number }): number {
	const dLat = rad(b.lat - a.lat);
	const dLon = rad(b.lon - a.lon);
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** True when a basemap place at lon/lat is near enough to a story place to be left out. */
export function nearStoryPlace(lon: number, lat: number, places: readonly StoryPoint[]): boolean {
	return places.some(
		(place) => distanceKm({ lon, lat }, place) <= Math.max(BASEMAP_PLACE_CLEARANCE_KM, place.radiusKm ?? 0)
	);
}

/**
 * The point features of the story's layers, from the manifest. A point's position is the centre of
 * its bbox (an approximate point's bbox is its uncertainty circle's, centred on it).
 */
export function storyPoints(layers: readonly Pick<ManifestLayer, 'features'>[]): StoryPoint[] {
	return layers.flatMap((layer) =>
		layer.features
			.filter((feature) => feature.geometry === 'Point')
			.map(({ bbox: [west, south, east, north], properties }) => ({
				lon: (west + east) / 2,
				lat: (south + north) / 2,
				...(properties.radius_km === undefined ? {} : { radiusKm: properties.radius_km })
			}))
	);
}
