/**
 * A line that draws itself with scroll progress, and the points along it that appear as the line
 * reaches them. The plan is computed once at build time (route-plan.ts); each frame only slices
 * the line.
 * Turf: https://turfjs.org/docs/api/lineSliceAlong
 */
import { lineString } from '@turf/helpers';
import lineSliceAlong from '@turf/line-slice-along';
import type { Feature, LineString, Position } from 'geojson';

export interface DrawPlan {
	/** The feature drawn. */
	feature: string;
	/** The story layer it belongs to. */
	layer: string;
	coordinates: Position[];
	totalKm: number;
	/** Points of the layer on (within `toleranceKm` of) the line, with their distance along it. */
	stops: { id: string; km: number }[];
}

export interface DrawState {
	line: Feature<LineString> | null;
	km: number;
	/** Stops the line has not reached yet (hidden). */
	hidden: string[];
}

/** The line drawn so far at `progress` (0…1) and the stops not reached yet. */
export function drawAt(plan: DrawPlan, progress: number): DrawState {
	const p = Math.min(1, Math.max(0, progress));
	const km = plan.totalKm * p;
	const hidden = plan.stops.filter((stop) => stop.km > km + 1e-6).map((stop) => stop.id);
	if (km <= 0) return { line: null, km: 0, hidden };
	const line =
		p >= 1
			? lineString(plan.coordinates)
			: lineSliceAlong(lineString(plan.coordinates), 0, km, { units: 'kilometers' });
	return { line, km, hidden };
}
