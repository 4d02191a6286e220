/**
 * `npm run geo`: validates the story's layers (layers.yaml and layers/ in the story folder, see
 * src/lib/server/story-dir.ts) and writes everything the page serves into static/data (layers +
 * manifest.json) and static/basemap (vector tiles cut from geo/sources, without the basemap's own
 * places where the story draws one).
 * Deterministic, and all-or-nothing: outputs are built in temporary folders and swapped in
 * only when everything succeeded, so a failed run leaves the previous output untouched.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { DataManifest } from '../../src/lib/geodata/manifest';
import { ValidationError } from '../../src/lib/content/validation-error';
import { storyPoints, type StoryPoint } from '../../src/lib/geodata/story-places';
import { storyDir } from '../../src/lib/server/story-dir';
import { buildBasemap, type BasemapManifest } from './basemap/build-basemap';
import { loadGeodata } from './load-geodata';

const root = resolve(import.meta.dirname, '../..');
const geoDir = join(root, 'geo');
const staticDir = join(root, 'static');
const story = storyDir(root);

/** Replaces `target` with `fresh` in one rename, keeping the old copy only until the swap is done. */
async function swapIn(fresh: string, target: string): Promise<void> {
	const old = `${target}.old`;
	await rm(old, { recursive: true, force: true });
	await rename(target, old).catch((error: NodeJS.ErrnoException) => {
		if (error.code !== 'ENOENT') throw error;
	});
	await rename(fresh, target);
	await rm(old, { recursive: true, force: true });
}

/** Hash of everything the basemap depends on, so unchanged inputs skip the slow tile build. */
async function basemapInputsHash(region: number[], storyPlaces: readonly StoryPoint[]): Promise<string> {
	const hash = createHash('sha256').update(JSON.stringify(region)).update(JSON.stringify(storyPlaces));
	hash.update(await readFile(join(root, 'src', 'lib', 'geodata', 'story-places.ts')));
	for (const dir of [join(geoDir, 'sources', 'natural-earth'), join(geoDir, 'pipeline', 'basemap')]) {
		for (const name of (await readdir(dir)).sort()) {
			hash.update(name).update(await readFile(join(dir, name)));
		}
	}
	return hash.digest('hex');
}

async function buildBasemapIfChanged(
	region: [number, number, number, number],
	storyPlaces: readonly StoryPoint[]
): Promise<BasemapManifest> {
	const target = join(staticDir, 'basemap');
	const stamp = join(target, 'manifest.json');
	const inputs = await basemapInputsHash(region, storyPlaces);
	const previous = await readFile(stamp, 'utf8').then(JSON.parse, () => undefined);
	if (previous?.inputs === inputs) return previous.manifest as BasemapManifest;

	const tmp = await mkdtemp(join(staticDir, '.basemap-'));
	try {
		const manifest = await buildBasemap({
			sourceDir: join(geoDir, 'sources', 'natural-earth'),
			outDir: tmp,
			region,
			storyPlaces
		});
		await writeFile(join(tmp, 'manifest.json'), JSON.stringify({ inputs, manifest }, null, '\t') + '\n');
		await swapIn(tmp, target);
		return manifest;
	} catch (error) {
		await rm(tmp, { recursive: true, force: true });
		throw error;
	}
}

async function main(): Promise<void> {
	const started = performance.now();
	const geodata = await loadGeodata(story.dir, story.display);
	const basemap = await buildBasemapIfChanged(geodata.config.region, storyPoints(geodata.layers));

	const manifest: DataManifest = {
		version: 1,
		region: geodata.config.region,
		layers: geodata.layers,
		basemap
	};
	await mkdir(staticDir, { recursive: true });
	const tmp = await mkdtemp(join(staticDir, '.data-'));
	try {
		for (const [name, text] of geodata.files) await writeFile(join(tmp, name), text);
		await writeFile(join(tmp, 'manifest.json'), JSON.stringify(manifest, null, '\t') + '\n');
		await swapIn(tmp, join(staticDir, 'data'));
	} catch (error) {
		await rm(tmp, { recursive: true, force: true });
		throw error;
	}
	const features = geodata.layers.reduce((n, layer) => n + layer.features.length, 0);
	console.log(
		`geo: ${geodata.layers.length} story layers, ${features} features, ` +
			`${basemap.tilesets.reduce((n, t) => n + t.tiles, 0)} basemap tiles (${Math.round(performance.now() - started)} ms)`
	);
}

main().catch((error: unknown) => {
	console.error(error instanceof ValidationError ? error.message : error);
	process.exit(1);
});
