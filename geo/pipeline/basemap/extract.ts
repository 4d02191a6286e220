/**
 * What the shipped basemap covers in detail: the Natural Earth extract in geo/sources/natural-earth
 * is clipped to this box (its PROVENANCE.md, "Study-area clip"); only the world tileset (z0–4)
 * covers the rest of the world. A story's region (layers.yaml) must lie inside it, or its regional
 * zooms (z5–7) would show empty land. tests/geo/basemap.test.ts checks the box against the files.
 */
import type { BBox } from '../../../src/lib/content/schema';

export const NATURAL_EARTH_EXTRACT: BBox = [-12, 22, 66, 60];

/** The sides of `region` that reach beyond the extract, in words; none when it fits. */
export function beyondExtract(region: BBox, extract: BBox = NATURAL_EARTH_EXTRACT): string[] {
	const [w, s, e, n] = region;
	const [ew, es, ee, en] = extract;
	return [
		...(w < ew ? [`west ${w} < ${ew}`] : []),
		...(s < es ? [`south ${s} < ${es}`] : []),
		...(e > ee ? [`east ${e} > ${ee}`] : []),
		...(n > en ? [`north ${n} > ${en}`] : [])
	];
}
