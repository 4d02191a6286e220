/**
 * Validates one story layer (an RFC 7946 FeatureCollection) and returns its features,
 * recording every problem with the file, the field and, where it can be found, the line.
 */
import type { Feature, Geometry, Position } from 'geojson';
import {
	FeatureProperties,
	LngLat,
	Slug,
	type BBox,
	type FeatureProperties as Props
} from '../../src/lib/content/schema';
import { containsPoint } from '../../src/lib/geodata/bbox';
import type { IssueList } from '../../src/lib/content/validation-error';
import { formatPath, humanMessage, issuesFromZod } from '../../src/lib/content/zod-issues';

export interface StoryFeature extends Feature<Geometry, Props> {
	id: string;
}

type Path = (string | number)[];

const SUPPORTED = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'];

/** Line of the first `"id": "<id>"` in the file, to point errors at the right feature. */
export function lineOfId(text: string, id: unknown): number | undefined {
	if (typeof id !== 'string') return undefined;
	const index = text.search(new RegExp(`"id"\\s*:\\s*"${id.replace(/[^a-z0-9-]/gi, '')}"`));
	return index < 0 ? undefined : text.slice(0, index).split('\n').length;
}

/**
 * Where JSON.parse stopped, as a line number. V8 says either "… at position N" or
 * `Unexpected token 'x', …"<text around it>"… is not valid JSON`.
 */
function jsonErrorLine(text: string, error: Error): number | undefined {
	const lineAt = (index: number) => text.slice(0, index).split('\n').length;
	const position = /position (\d+)/.exec(error.message)?.[1];
	if (position !== undefined) return lineAt(Number(position));
	const token = /Unexpected token '(.)'/.exec(error.message)?.[1];
	const context = /"([\s\S]*)" is not valid JSON/.exec(error.message)?.[1]?.replace(/^\.\.\.|\.\.\.$/g, '');
	if (!token || !context) return undefined;
	const at = text.indexOf(context);
	return at < 0 ? undefined : lineAt(at + Math.max(0, context.indexOf(token)));
}

function checkPositions(
	coordinates: unknown,
	depth: number,
	path: Path,
	report: (path: Path, message: string) => void
): Position[] {
	if (!Array.isArray(coordinates)) {
		report(path, 'must be an array of coordinates');
		return [];
	}
	if (depth === 0) {
		const result = LngLat.safeParse(coordinates);
		if (!result.success) {
			result.error.issues.forEach((issue) => report([...path, ...(issue.path as Path)], humanMessage(issue)));
			return [];
		}
		return [result.data];
	}
	return coordinates.flatMap((child, i) => checkPositions(child, depth - 1, [...path, i], report));
}

function checkGeometry(
	geometry: unknown,
	path: Path,
	report: (path: Path, message: string) => void
): Position[] {
	if (geometry === null || typeof geometry !== 'object') {
		report(path, 'is missing: every story feature needs a geometry');
		return [];
	}
	const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
	if (typeof type !== 'string' || !SUPPORTED.includes(type)) {
		report([...path, 'type'], `must be one of ${SUPPORTED.join(', ')} (got ${JSON.stringify(type)})`);
		return [];
	}
	const depth = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 }[
		type
	]!;
	const coordsPath = [...path, 'coordinates'];
	const positions = checkPositions(coordinates, depth, coordsPath, report);
	if (positions.length === 0) return positions;

	const lines: { points: unknown[]; at: Path }[] =
		type === 'LineString'
			? [{ points: coordinates as unknown[], at: coordsPath }]
			: type === 'MultiLineString'
				? (coordinates as unknown[][]).map((points, i) => ({ points, at: [...coordsPath, i] }))
				: [];
	for (const line of lines) if (line.points.length < 2) report(line.at, 'a line needs at least 2 positions');

	const rings: { ring: Position[]; at: Path }[] =
		type === 'Polygon'
			? (coordinates as Position[][]).map((ring, i) => ({ ring, at: [...coordsPath, i] }))
			: type === 'MultiPolygon'
				? (coordinates as Position[][][]).flatMap((polygon, p) =>
						polygon.map((ring, i) => ({ ring, at: [...coordsPath, p, i] }))
					)
				: [];
	for (const { ring, at } of rings) {
		if (ring.length < 4)
			report(at, 'a polygon ring needs at least 4 positions (the last repeating the first)');
		else {
			const [first, last] = [ring[0]!, ring[ring.length - 1]!];
			if (first[0] !== last[0] || first[1] !== last[1]) {
				report(at, `ring is not closed: it starts at [${first.join(', ')}] but ends at [${last.join(', ')}]`);
			}
		}
	}
	return positions;
}

/**
 * @param region the story region; a feature outside it whose coordinates fit inside once swapped
 *   is reported as swapped.
 */
export function validateLayer(text: string, file: string, region: BBox, issues: IssueList): StoryFeature[] {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		issues.add({
			file,
			field: '',
			line: jsonErrorLine(text, error as Error),
			message: `invalid JSON: ${(error as Error).message}`
		});
		return [];
	}
	const root = data as { type?: unknown; features?: unknown };
	if (root === null || typeof root !== 'object' || root.type !== 'FeatureCollection') {
		issues.add({
			file,
			field: 'type',
			message: `must be "FeatureCollection" (got ${JSON.stringify(root?.type ?? typeof root)})`
		});
		return [];
	}
	if (!Array.isArray(root.features)) {
		issues.add({ file, field: 'features', message: 'must be an array of features' });
		return [];
	}

	const features: StoryFeature[] = [];
	root.features.forEach((raw: unknown, index) => {
		const feature = (raw ?? {}) as { type?: unknown; id?: unknown; geometry?: unknown; properties?: unknown };
		const line = lineOfId(text, feature.id);
		let ok = true;
		const report = (path: Path, message: string) => {
			ok = false;
			issues.add({ file, field: formatPath(['features', index, ...path]), line, message });
		};
		if (feature.type !== 'Feature')
			report(['type'], `must be "Feature" (got ${JSON.stringify(feature.type)})`);
		const id = Slug.safeParse(feature.id);
		if (!id.success)
			report(
				['id'],
				feature.id === undefined
					? 'is missing: every story feature needs a stable id'
					: id.error.issues[0]!.message
			);

		const positions = checkGeometry(feature.geometry, ['geometry'], report);
		const outside = positions.filter((p) => !containsPoint(region, p as [number, number]));
		if (outside.length > 0 && outside.every((p) => containsPoint(region, [p[1]!, p[0]!]))) {
			report(
				['geometry', 'coordinates'],
				'looks like [latitude, longitude]; GeoJSON positions are [longitude, latitude]'
			);
		}

		const properties = FeatureProperties.safeParse(feature.properties);
		if (!properties.success) {
			ok = false;
			issuesFromZod(properties.error, file, undefined, ['features', index, 'properties']).forEach((issue) =>
				issues.add({ ...issue, line })
			);
		}
		if (properties.success && properties.data.path === 'great-circle') {
			const geometry = feature.geometry as { type?: unknown; coordinates?: unknown[] } | null;
			if (geometry?.type !== 'LineString' || geometry.coordinates?.length !== 2) {
				report(
					['properties', 'path'],
					'a great-circle path needs a LineString of exactly 2 positions: where the move starts and ends'
				);
			}
		}
		if (properties.success && properties.data.kind === 'uncertainty') {
			report(
				['properties', 'kind'],
				'"uncertainty" is reserved for the generated circles around approximate places'
			);
		}
		if (ok && id.success && properties.success) {
			features.push({
				type: 'Feature',
				id: id.data,
				geometry: feature.geometry as Geometry,
				properties: properties.data
			});
		}
	});
	if (root.features.length === 0)
		issues.add({ file, field: 'features', message: 'the layer has no features' });
	return features;
}
