/** What the legend lists for the layers on screen: only what is visible. Pure. */
import type { ManifestLayer } from '../geodata/manifest';

export type LegendSymbol = 'point' | 'line' | 'dashed-line' | 'area' | 'arc' | 'uncertainty';

/** A drawing convention the legend explains in the edition's words (the strings catalogue). */
export type LegendConvention = 'approximate' | 'schematic';

/** A layer's own legend line (content), or a convention. */
export type LegendEntry = { color: string; symbol: LegendSymbol } & (
	{ label: string } | { convention: LegendConvention }
);

/** A neutral colour for entries that explain a drawing convention rather than a layer. */
const CONVENTION_COLOR = '#5c5c5c';

function layerSymbol(layer: Pick<ManifestLayer, 'features'>): LegendSymbol {
	const real = layer.features;
	if (real.length > 0 && real.every((f) => f.properties.path === 'great-circle')) return 'arc';
	if (real.some((f) => f.geometry === 'Point' || f.geometry === 'MultiPoint')) return 'point';
	if (real.some((f) => f.geometry.endsWith('LineString'))) return 'line';
	return 'area';
}

export function legendFor(
	visible: readonly Pick<ManifestLayer, 'legend' | 'color' | 'features'>[]
): LegendEntry[] {
	const entries: LegendEntry[] = visible.map((layer) => ({
		label: layer.legend,
		color: layer.color,
		symbol: layerSymbol(layer)
	}));
	const features = visible.flatMap((layer) => layer.features);
	if (features.some((f) => f.properties.certainty === 'approximate' && !f.geometry.endsWith('LineString'))) {
		entries.push({ convention: 'approximate', color: CONVENTION_COLOR, symbol: 'uncertainty' });
	}
	if (features.some((f) => f.properties.certainty === 'approximate' && f.geometry.endsWith('LineString'))) {
		entries.push({ convention: 'schematic', color: CONVENTION_COLOR, symbol: 'dashed-line' });
	}
	return entries;
}
