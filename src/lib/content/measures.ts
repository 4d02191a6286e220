/**
 * Figures computed from the map data, written into chapter text so the text and the map cannot
 * disagree: `{{length:first-voyage}}` becomes the line's length, e.g. "124 km".
 */
import type { ManifestLayer } from '../geodata/manifest';
import { lineIndex } from './line-index';

const MEASURE = /\{\{length:([a-z0-9-]+)\}\}/g;

/** Every `{{length:id}}` in `text`, with its 0-based line. */
export function findMeasures(text: string): { id: string; line: number }[] {
	const lineOf = lineIndex(text);
	return [...text.matchAll(MEASURE)].map((match) => ({ id: match[1]!, line: lineOf(match.index) }));
}

export function formatKm(km: number): string {
	return `${Math.round(km).toLocaleString('en')} km`;
}

/**
 * Replaces each `{{length:id}}` with the feature's length (validation has checked it exists).
 * @param format how a length is written (an edition's words and digits); default "124 km"
 */
export function fillMeasures(
	text: string,
	layers: readonly Pick<ManifestLayer, 'features'>[],
	format: (km: number) => string = formatKm
): string {
	const lengths = new Map(layers.flatMap((layer) => layer.features.map((f) => [f.id, f.lengthKm] as const)));
	return text.replace(MEASURE, (whole, id: string) => {
		const km = lengths.get(id);
		return km === undefined ? whole : format(km);
	});
}
