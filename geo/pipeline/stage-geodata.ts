/**
 * Writes what `npm run geo` produces into a staging folder, never into static/ itself: the story
 * layers and manifest.json (`data/`), and the basemap tiles (`basemap/`, without the basemap's own
 * places where the story draws one) when their inputs changed.
 * Swapping them in is the caller's job (build.ts here, scripts/build.ts for the whole site), so that a
 * failure at any step leaves static/ as it was.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { DataManifest } from '../../src/lib/geodata/manifest';
import { storyPoints, type StoryPoint } from '../../src/lib/geodata/story-places';
import { buildBasemap, type BasemapManifest } from './basemap/build-basemap';
import type { Geodata } from './load-geodata';

const geoDir = resolve(import.meta.dirname, '..');

export interface StagedGeodata {
	/** The fresh `data/` folder. */
	data: string;
	/** The fresh `basemap/` folder, or undefined when the current one was built from the same inputs. */
	basemap: string | undefined;
	manifest: DataManifest;
	/** "9 story layers, 27 features, 1082 basemap tiles" */
	summary: string;
}

/** Hash of everything the basemap depends on, so unchanged inputs skip the slow tile build. */
async function basemapInputsHash(
	region: number[],
	storyPlaces: readonly StoryPoint[],
	labelLanguages: readonly string[]
): Promise<string> {
	const hash = createHash('sha256')
		.update(JSON.stringify(region))
		.update(JSON.stringify(storyPlaces))
		.update(JSON.stringify(labelLanguages));
	hash.update(await readFile(join(geoDir, '..', 'src', 'lib', 'geodata', 'story-places.ts')));
	for (const dir of [join(geoDir, 'sources', 'natural-earth'), join(geoDir, 'pipeline', 'basemap')]) {
		for (const name of (await readdir(dir)).sort()) {
			hash.update(name).update(await readFile(join(dir, name)));
		}
	}
	return hash.digest('hex');
}

/**
 * @param staticDir the current static/ folder (its basemap is reused when its inputs are unchanged)
 * @param stagingDir an empty folder on the same file system, for the fresh folders
 * @param labelLanguages besides English, the languages the basemap's labels keep (label-languages.ts)
 */
export async function stageGeodata(
	geodata: Geodata,
	{
		staticDir,
		stagingDir,
		labelLanguages
	}: { staticDir: string; stagingDir: string; labelLanguages: string[] }
): Promise<StagedGeodata> {
	const region = geodata.config.region;
	// The basemap leaves out its own places where the story draws one (story-places.ts).
	const storyPlaces = storyPoints(geodata.layers);
	const inputs = await basemapInputsHash(region, storyPlaces, labelLanguages);
	const stamp = await readFile(join(staticDir, 'basemap', 'manifest.json'), 'utf8').then(
		JSON.parse,
		() => undefined
	);
	let basemap: BasemapManifest;
	let basemapDir: string | undefined;
	if (stamp?.inputs === inputs) basemap = stamp.manifest as BasemapManifest;
	else {
		basemapDir = join(stagingDir, 'basemap');
		await mkdir(basemapDir, { recursive: true });
		basemap = await buildBasemap({
			sourceDir: join(geoDir, 'sources', 'natural-earth'),
			outDir: basemapDir,
			region,
			storyPlaces,
			labelLanguages
		});
		await writeFile(
			join(basemapDir, 'manifest.json'),
			JSON.stringify({ inputs, manifest: basemap }, null, '\t') + '\n'
		);
	}

	const manifest: DataManifest = { version: 1, region, layers: geodata.layers, basemap };
	const dataDir = join(stagingDir, 'data');
	await mkdir(dataDir, { recursive: true });
	for (const [name, text] of geodata.files) await writeFile(join(dataDir, name), text);
	await writeFile(join(dataDir, 'manifest.json'), JSON.stringify(manifest, null, '\t') + '\n');

	const features = geodata.layers.reduce((n, layer) => n + layer.features.length, 0);
	const tiles = basemap.tilesets.reduce((n, t) => n + t.tiles, 0);
	return {
		data: dataDir,
		basemap: basemapDir,
		manifest,
		summary: `${geodata.layers.length} story layers, ${features} features, ${tiles} basemap tiles`
	};
}
