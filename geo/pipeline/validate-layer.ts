/**
 * Validates one story layer (an RFC 7946 FeatureCollection) and returns its features,
 * recording every problem with the file, the field and, where it can be found, the line.
 */
import greatCircle from '@turf/great-circle';
import type { Feature, Geometry, Position } from 'geojson';
import {
	FeatureProperties,
	LngLat,
	Slug,
	type BBox,
	type FeatureProperties as Props
} from '../../src/lib/content/schema';
import { containsPoint } from '../../src/lib/geodata/bbox';
import { lineIndex } from '../../src/lib/content/line-index';
import { tooDeep, tooDeepMessage } from '../../src/lib/content/nesting';
import { stringProblems } from '../../src/lib/content/text-rules';
import { quoteValue, type IssueList } from '../../src/lib/content/validation-error';
import { formatPath, humanMessage, issuesFromZod } from '../../src/lib/content/zod-issues';

export interface StoryFeature extends Feature<Geometry, Props> {
	id: string;
}

type Path = (string | number)[];

const SUPPORTED = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'];

/**
 * The 1-based line of the first `"id": "<id>"` of each id in the file, to point errors at the right
 * feature: one pass over the text, however many features it has.
 */
export function idLines(text: string): (id: unknown) => number | undefined {
	const lineOf = lineIndex(text);
	const lines = new Map<string, number>();
	for (const match of text.matchAll(/"id"\s*:\s*"([^"\\\n]*)"/g)) {
		if (!lines.has(match[1]!)) lines.set(match[1]!, lineOf(match.index) + 1);
	}
	return (id) => (typeof id === 'string' ? lines.get(id) : undefined);
}

/**
 * Where JSON.parse stopped, as a line number. V8 says either "… at position N" or
 * `Unexpected token 'x', …"<text around it>"… is not valid JSON`.
 */
function jsonErrorLine(text: string, error: Error): number | undefined {
	const lineAt = (index: number) => lineIndex(text)(index) + 1;
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

/** The parts of a geometry as lists of positions: points, lines and rings, each with its path. */
function parts(
	type: string,
	coordinates: unknown,
	at: Path
): { kind: 'line' | 'ring'; points: Position[]; at: Path }[] {
	const list = coordinates as Position[][] & Position[][][];
	if (type === 'LineString') return [{ kind: 'line', points: coordinates as Position[], at }];
	if (type === 'MultiLineString') return list.map((points, i) => ({ kind: 'line', points, at: [...at, i] }));
	if (type === 'Polygon') return list.map((points, i) => ({ kind: 'ring', points, at: [...at, i] }));
	if (type === 'MultiPolygon')
		return (coordinates as Position[][][]).flatMap((polygon, p) =>
			polygon.map((points, i) => ({ kind: 'ring' as const, points, at: [...at, p, i] }))
		);
	return [];
}

/** What a geometry with nothing in it lacks, or undefined when it has something to draw. */
function emptiness(type: string, coordinates: unknown[]): { at: number[]; message: string } | undefined {
	if (coordinates.length === 0) {
		const needs: Record<string, string> = {
			MultiPoint: 'points',
			LineString: 'positions',
			MultiLineString: 'lines',
			Polygon: 'a ring',
			MultiPolygon: 'polygons'
		};
		return { at: [], message: `is empty: a ${type} needs ${needs[type]}` };
	}
	if (type === 'MultiPolygon') {
		const index = (coordinates as unknown[][]).findIndex((polygon) => polygon.length === 0);
		if (index >= 0) return { at: [index], message: 'is an empty polygon: a polygon needs a ring' };
	}
	return undefined;
}

/**
 * @param greatCircle the feature is drawn as a great-circle arc between its ends, so a step of more
 *   than 180° of longitude is not drawn the long way round (its arc is checked on its own)
 */
function checkGeometry(
	geometry: unknown,
	path: Path,
	report: (path: Path, message: string) => void,
	greatCircle = false
): Position[] {
	if (geometry === null || typeof geometry !== 'object') {
		report(path, 'is missing: every story feature needs a geometry');
		return [];
	}
	const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
	if (typeof type !== 'string' || !SUPPORTED.includes(type)) {
		report([...path, 'type'], `must be one of ${SUPPORTED.join(', ')} (got ${quoteValue(type)})`);
		return [];
	}
	const depth = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 }[
		type
	]!;
	const coordsPath = [...path, 'coordinates'];
	let malformed = false;
	const positions = checkPositions(coordinates, depth, coordsPath, (at, message) => {
		malformed = true;
		report(at, message);
	});
	if (malformed) return [];
	const empty = depth > 0 ? emptiness(type, coordinates as unknown[]) : undefined;
	if (empty) {
		report([...coordsPath, ...empty.at], empty.message);
		return [];
	}

	let ok = true;
	const fail = (at: Path, message: string) => {
		ok = false;
		report(at, message);
	};
	for (const { kind, points, at } of parts(type, coordinates, coordsPath)) {
		if (kind === 'line' && points.length < 2) fail(at, 'a line needs at least 2 positions');
		if (kind === 'ring' && points.length < 4)
			fail(at, 'a polygon ring needs at least 4 positions (the last repeating the first)');
		else if (kind === 'ring') {
			const [first, last] = [points[0]!, points[points.length - 1]!];
			if (first[0] !== last[0] || first[1] !== last[1]) {
				fail(at, `ring is not closed: it starts at [${first.join(', ')}] but ends at [${last.join(', ')}]`);
			}
		}
		const jump = points.findIndex((p, i) => i > 0 && Math.abs(p[0]! - points[i - 1]![0]!) > 180);
		if (jump > 0 && !greatCircle) {
			fail(
				[...at, jump],
				`goes from [${points[jump - 1]!.join(', ')}] to [${points[jump]!.join(', ')}], more than 180° of longitude in one step: ` +
					'maps draw it the long way round; the map cannot show lines across the antimeridian (180°)'
			);
		}
	}
	if (ok && positions.some((p) => p[0] === 180) && positions.some((p) => p[0] === -180)) {
		fail(
			coordsPath,
			'is split at the antimeridian (it has positions at both 180° and -180°): the map cannot frame a feature across 180°, it would show the whole world'
		);
	}
	return ok ? positions : [];
}

/** Degrees of arc between two positions on the sphere (haversine). */
function arcDegrees([lon1, lat1]: Position, [lon2, lat2]: Position): number {
	const rad = Math.PI / 180;
	const h =
		Math.sin(((lat2! - lat1!) * rad) / 2) ** 2 +
		Math.cos(lat1! * rad) * Math.cos(lat2! * rad) * Math.sin(((lon2! - lon1!) * rad) / 2) ** 2;
	return (2 * Math.asin(Math.min(1, Math.sqrt(h)))) / rad;
}

/**
 * Why the great-circle arc between two positions cannot be drawn, or undefined when it can: the
 * same place twice, (nearly) antipodal ends (infinitely many great circles join them, and a tiny
 * change swings the arc across the globe), or an arc crossing the antimeridian.
 */
export function greatCircleProblem(start: Position, end: Position): string | undefined {
	if (start[0] === end[0] && start[1] === end[1]) return 'a move must end somewhere else than it starts';
	const degrees = arcDegrees(start, end);
	if (degrees > 179)
		return `its ends are ${degrees.toFixed(1)}° of arc apart, (nearly) opposite on the globe: no single great circle joins them; add a position on the way, as a LineString without path: great-circle`;
	const arc = greatCircle(start, end, { npoints: 64 }).geometry;
	if (arc.type !== 'LineString')
		return 'its great-circle arc crosses the antimeridian (180°), which the map cannot frame';
	return undefined;
}

/**
 * @param region the story region; a feature outside it whose coordinates fit inside once swapped
 *   is reported as swapped.
 */
export function validateLayer(text: string, file: string, region: BBox, issues: IssueList): StoryFeature[] {
	const deep = tooDeep(text);
	if (deep) {
		issues.add({ file, field: '', line: deep.line + 1, message: tooDeepMessage() });
		return [];
	}
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
			message: `must be "FeatureCollection" (got ${quoteValue(root === null || typeof root !== 'object' ? root : root.type)})`
		});
		return [];
	}
	if (!Array.isArray(root.features)) {
		issues.add({ file, field: 'features', message: 'must be an array of features' });
		return [];
	}

	const featureLines = idLines(text);
	const featureLine = (index: unknown) =>
		typeof index === 'number' ? featureLines((root.features as { id?: unknown }[])[index]?.id) : undefined;
	// Raw control characters are refused when the file is read; these came from escapes ("\u202e").
	const characterProblems = stringProblems(root);
	for (const { path, message } of characterProblems) {
		issues.add({
			file,
			field: formatPath(path),
			line: path[0] === 'features' ? featureLine(path[1]) : undefined,
			message
		});
	}
	if (characterProblems.length > 0) return [];

	const features: StoryFeature[] = [];
	root.features.forEach((raw: unknown, index) => {
		const feature = (raw ?? {}) as { type?: unknown; id?: unknown; geometry?: unknown; properties?: unknown };
		const line = featureLines(feature.id);
		let ok = true;
		const report = (path: Path, message: string) => {
			ok = false;
			issues.add({ file, field: formatPath(['features', index, ...path]), line, message });
		};
		if (feature.type !== 'Feature') report(['type'], `must be "Feature" (got ${quoteValue(feature.type)})`);
		const id = Slug.safeParse(feature.id);
		if (!id.success)
			report(
				['id'],
				feature.id === undefined
					? 'is missing: every story feature needs a stable id'
					: id.error.issues[0]!.message
			);

		const greatCircle = (feature.properties as { path?: unknown } | null)?.path === 'great-circle';
		const positions = checkGeometry(feature.geometry, ['geometry'], report, greatCircle);
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
			} else if (ok) {
				const [start, end] = geometry.coordinates as [Position, Position];
				const problem = greatCircleProblem(start, end);
				if (problem) report(['properties', 'path'], problem);
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
