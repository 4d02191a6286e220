/**
 * Reads and validates a story's layers.yaml and every story layer it lists (layers/<id>.geojson); builds the manifest entries
 * and the files the page will serve. Reads only: writing is build.ts's job.
 */
import { createHash } from 'node:crypto';
import bbox from '@turf/bbox';
import type { Geometry } from 'geojson';
import length from '@turf/length';
import { GeoConfig, type BBox } from '../../src/lib/content/schema';
import { IssueList } from '../../src/lib/content/validation-error';
import { parseYaml } from '../../src/lib/content/yaml-file';
import { issuesFromZod } from '../../src/lib/content/zod-issues';
import { unionBBox } from '../../src/lib/geodata/bbox';
import type { GeometryKind, ManifestLayer } from '../../src/lib/geodata/manifest';
import { checkStoryFolder, readStoryFile } from '../../src/lib/server/story-files';
import { beyondExtract, NATURAL_EARTH_EXTRACT } from './basemap/extract';
import { prepareLayer } from './prepare-layer';
import { idLines, validateLayer, type StoryFeature } from './validate-layer';

export interface Geodata {
	config: GeoConfig;
	layers: ManifestLayer[];
	/** File name under static/data → its content. */
	files: Map<string, string>;
}

const round = (n: number) => Math.round(n * 1e5) / 1e5;
const roundBox = (box: number[]): BBox => [round(box[0]!), round(box[1]!), round(box[2]!), round(box[3]!)];

/**
 * A feature's extent as drawn (`drawn`: its geometry after prepareLayer, so a great-circle move covers
 * its whole arc, not only its ends); an approximate point covers its uncertainty circle.
 */
function featureBBox(feature: StoryFeature, drawn: Geometry): BBox {
	const box = roundBox(bbox(drawn));
	const radius = feature.properties.radius_km;
	if (radius === undefined) return box;
	const dLat = radius / 111.32;
	const dLon = radius / (111.32 * Math.cos((((box[1] + box[3]) / 2) * Math.PI) / 180));
	return roundBox([box[0] - dLon, box[1] - dLat, box[2] + dLon, box[3] + dLat]);
}

/**
 * @param storyDir the story folder
 * @param displayDir the same folder as error messages name it (relative to the project root)
 */
export async function loadGeodata(storyDir: string, displayDir: string): Promise<Geodata> {
	const folder = { dir: storyDir, display: displayDir };
	await checkStoryFolder(folder);
	const issues = new IssueList();
	const configPath = `${displayDir}/layers.yaml`;
	const configText = await readStoryFile(folder, 'layers.yaml', issues);
	const yaml = configText === undefined ? undefined : parseYaml(configText, configPath, issues);
	const parsed = yaml ? GeoConfig.safeParse(yaml.data) : undefined;
	if (parsed && !parsed.success) issuesFromZod(parsed.error, configPath, yaml).forEach((i) => issues.add(i));
	if (!parsed?.success) issues.throwIfAny();
	const config = parsed!.data!;
	const beyond = beyondExtract(config.region);
	if (beyond.length > 0)
		issues.add({
			file: configPath,
			field: 'region',
			line: yaml!.lineOf(['region']),
			message:
				`reaches beyond the basemap's detailed extract [${NATURAL_EARTH_EXTRACT.join(', ')}] (${beyond.join(', ')}): ` +
				'regional zooms there would show no land. Keep the region inside it, or add a Natural Earth extract ' +
				'that covers it (docs/basemap.md, "Another region")'
		});

	const seenLayers = new Set<string>();
	const featureOwner = new Map<string, string>();
	const layers: ManifestLayer[] = [];
	const files = new Map<string, string>();

	for (const [index, layer] of config.layers.entries()) {
		if (seenLayers.has(layer.id)) {
			issues.add({
				file: configPath,
				field: `layers[${index}].id`,
				line: yaml!.lineOf(['layers', index, 'id']),
				message: `duplicate layer id "${layer.id}"`
			});
			continue;
		}
		seenLayers.add(layer.id);
		const sourceFile = `${displayDir}/layers/${layer.id}.geojson`;
		const text = await readStoryFile(folder, `layers/${layer.id}.geojson`, issues);
		if (text === undefined) continue;
		const features = validateLayer(text, sourceFile, config.region, issues);
		const lineOfId = idLines(text);
		for (const feature of features) {
			const owner = featureOwner.get(feature.id);
			if (owner) {
				issues.add({
					file: sourceFile,
					field: `features[id=${feature.id}].id`,
					line: lineOfId(feature.id),
					message: `duplicate feature id "${feature.id}" (also in ${owner}); ids must be unique across layers`
				});
			}
			featureOwner.set(feature.id, sourceFile);
		}
		if (features.length === 0) continue;

		const prepared = prepareLayer(features);
		const output = JSON.stringify(prepared);
		const lengths = new Map(
			prepared.features
				.filter((f) => f.geometry.type === 'LineString')
				.map((f) => [f.id, Math.round(length(f, { units: 'kilometers' }) * 10) / 10] as const)
		);
		const hash = createHash('sha256').update(output).digest('hex').slice(0, 10);
		files.set(`${layer.id}.geojson`, output);
		const drawn = new Map(prepared.features.map((f) => [f.id, f.geometry]));
		const boxes = features.map((feature) => featureBBox(feature, drawn.get(feature.id)!));
		layers.push({
			...layer,
			sourceFile,
			url: `data/${layer.id}.geojson?v=${hash}`,
			bbox: unionBBox(boxes),
			features: features.map((feature, i) => ({
				id: feature.id,
				layer: layer.id,
				geometry: feature.geometry.type as GeometryKind,
				bbox: boxes[i]!,
				...(lengths.has(feature.id) ? { lengthKm: lengths.get(feature.id) } : {}),
				properties: feature.properties
			}))
		});
	}
	issues.throwIfAny();
	return { config, layers, files };
}
