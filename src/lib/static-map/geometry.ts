/**
 * GeoJSON geometry → SVG path data in a frame, with d3-geo: a planar Web Mercator transform (straight
 * lines between vertices, like MapLibre; no spherical resampling, ring winding does not matter),
 * simplified to `tolerance` pixels (Douglas–Peucker), clipped to a rectangle, and written compactly.
 * Clipping and simplifying keep each SVG small.
 */
import { geoClipRectangle, geoPath, geoTransform, type GeoContext, type GeoStream } from 'd3-geo';
import type { Geometry } from 'geojson';

export type Projector = (lon: number, lat: number) => [number, number];
/** [x0, y0, x1, y1] in frame pixels. */
export type ClipBox = [number, number, number, number];

type Point = [number, number];

/** Douglas–Peucker: the points of `line` needed to stay within `tolerance` px of it. */
export function simplifyLine(line: readonly Point[], tolerance: number): Point[] {
	if (line.length <= 2) return [...line];
	const keep = new Uint8Array(line.length);
	keep[0] = keep[line.length - 1] = 1;
	const stack: [number, number][] = [[0, line.length - 1]];
	const squared = tolerance * tolerance;
	while (stack.length > 0) {
		const [first, last] = stack.pop()!;
		const [ax, ay] = line[first]!;
		const [bx, by] = line[last]!;
		const dx = bx - ax;
		const dy = by - ay;
		const length2 = dx * dx + dy * dy;
		let farthest = -1;
		let max = squared;
		for (let i = first + 1; i < last; i++) {
			const [px, py] = line[i]!;
			const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
			const ex = ax + t * dx - px;
			const ey = ay + t * dy - py;
			const d2 = ex * ex + ey * ey;
			if (d2 > max) {
				max = d2;
				farthest = i;
			}
		}
		if (farthest >= 0) {
			keep[farthest] = 1;
			stack.push([first, farthest], [farthest, last]);
		}
	}
	return line.filter((_, i) => keep[i] === 1);
}

function ringArea(ring: readonly Point[]): number {
	let area = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		area += (ring[j]![0] + ring[i]![0]) * (ring[j]![1] - ring[i]![1]);
	}
	return Math.abs(area / 2);
}

/**
 * Simplifies every line and ring passing through (in pixels) and drops polygon rings smaller than
 * `minArea` square pixels: detail below a pixel only costs bytes.
 */
function simplified(out: GeoStream, tolerance: number, minArea: number): GeoStream {
	let line: Point[] | undefined;
	let inPolygon = false;
	return {
		point(x, y) {
			if (line) line.push([x, y]);
			else out.point(x, y);
		},
		lineStart() {
			line = [];
		},
		lineEnd() {
			const points = simplifyLine(line!, tolerance);
			line = undefined;
			if (inPolygon && (points.length < 3 || ringArea(points) < minArea)) return;
			out.lineStart();
			for (const [x, y] of points) out.point(x, y);
			out.lineEnd();
		},
		polygonStart() {
			inPolygon = true;
			out.polygonStart();
		},
		polygonEnd() {
			inPolygon = false;
			out.polygonEnd();
		},
		sphere: () => out.sphere?.()
	};
}

/** Tenths of a pixel as text, without a leading zero ("-0.4" → "-.4", "0" for zero). */
const tenths = (value: number) => String(value / 10).replace(/^(-?)0\./, '$1.');

/**
 * A d3 path context that writes compact SVG path data: positions rounded to a tenth of a pixel,
 * each point after the first of a sub-path relative to the one before, repeated points and
 * sub-paths that do not move dropped. About a third smaller than d3's absolute coordinates.
 */
class CompactPath implements GeoContext {
	private parts: string[] = [];
	/** The current sub-path's moveTo, until it draws something. */
	private start: string | undefined;
	private x = 0;
	private y = 0;

	moveTo(x: number, y: number): void {
		this.x = Math.round(x * 10);
		this.y = Math.round(y * 10);
		this.start = `M${tenths(this.x)} ${tenths(this.y)}l`;
	}

	lineTo(x: number, y: number): void {
		const [rx, ry] = [Math.round(x * 10), Math.round(y * 10)];
		if (rx === this.x && ry === this.y) return;
		const dx = tenths(rx - this.x);
		const dy = tenths(ry - this.y);
		// A minus sign separates a number from the one before it; otherwise a space does.
		const gap = (n: string) => (n.startsWith('-') ? '' : ' ');
		if (this.start !== undefined) {
			this.parts.push(this.start, dx);
			this.start = undefined;
		} else this.parts.push(gap(dx), dx);
		this.parts.push(gap(dy), dy);
		[this.x, this.y] = [rx, ry];
	}

	closePath(): void {
		if (this.start === undefined) this.parts.push('z');
		this.start = undefined;
	}

	beginPath(): void {}

	arc(): void {}

	/** The path data written since the last call. */
	take(): string {
		const d = this.parts.join('');
		this.parts = [];
		this.start = undefined;
		return d;
	}
}

/** A function that turns geometries into SVG path data ('' when nothing is left in the clip box). */
export function pathMaker(
	project: Projector,
	clip: ClipBox,
	{ tolerance = 0.6, minArea = 2 }: { tolerance?: number; minArea?: number } = {}
): (geometry: Geometry) => string {
	const mercator = geoTransform({
		point(lon, lat) {
			const [x, y] = project(lon, lat);
			this.stream.point(x, y);
		}
	});
	const clipRectangle = geoClipRectangle(...clip);
	const context = new CompactPath();
	const path = geoPath(
		{ stream: (out) => mercator.stream(simplified(clipRectangle(out), tolerance, minArea)) },
		context
	);
	return (geometry) => {
		path(geometry);
		return context.take();
	};
}

/** [west, south, east, north] of any geometry. */
export function geometryBBox(geometry: Geometry): [number, number, number, number] {
	const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
	const visit = (value: unknown): void => {
		if (!Array.isArray(value)) return;
		if (typeof value[0] === 'number') {
			const [x, y] = value as number[];
			if (x! < box[0]) box[0] = x!;
			if (y! < box[1]) box[1] = y!;
			if (x! > box[2]) box[2] = x!;
			if (y! > box[3]) box[3] = y!;
			return;
		}
		value.forEach(visit);
	};
	if (geometry.type === 'GeometryCollection') {
		for (const [w, s, e, n] of geometry.geometries.map(geometryBBox))
			visit([
				[w, s],
				[e, n]
			]);
	} else visit(geometry.coordinates);
	return box;
}

export function boxesOverlap(
	[aw, as, ae, an]: readonly number[],
	[bw, bs, be, bn]: readonly number[]
): boolean {
	return aw! <= be! && bw! <= ae! && as! <= bn! && bs! <= an!;
}
