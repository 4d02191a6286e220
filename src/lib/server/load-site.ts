/** What every page is built from: the validated story, the geodata manifest, and the drawing plans. Build time only. */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { FeatureCollection, LineString, Point } from 'geojson';
import { loadStory } from '../content/load-story';
import type { Story } from '../content/schema';
import type { DataManifest } from '../geodata/manifest';
import type { DrawPlan } from '../map/route-drawing';
import { planDrawing } from '../map/route-plan';
import { readStoryFiles } from './read-story-files';
import { staticDir } from './static-dir';
import { storyDir } from './story-dir';

export interface Site {
	story: Story;
	manifest: DataManifest;
	/** One plan per line that a chapter draws with scroll progress. */
	drawPlans: DrawPlan[];
}

let cached: Promise<Site> | undefined;

async function readJson<T>(path: string): Promise<T> {
	try {
		return JSON.parse(await readFile(path, 'utf8')) as T;
	} catch {
		throw new Error(`${path} is missing or unreadable: run \`npm run geo\` first`);
	}
}

async function planDrawings(story: Story, manifest: DataManifest, dataDir: string): Promise<DrawPlan[]> {
	const drawn = [...new Set(story.chapters.flatMap((chapter) => (chapter.draw ? [chapter.draw] : [])))];
	return Promise.all(
		drawn.map(async (feature) => {
			const layer = manifest.layers.find((l) => l.features.some((f) => f.id === feature))!;
			const data = await readJson<FeatureCollection>(resolve(dataDir, `${layer.id}.geojson`));
			const line = data.features.find((f) => f.id === feature)!.geometry as LineString;
			const points = data.features
				.filter((f) => f.geometry.type === 'Point' && f.properties?.kind !== 'uncertainty')
				.map((f) => ({ id: String(f.id), coordinates: (f.geometry as Point).coordinates }));
			return planDrawing({ feature, layer: layer.id, coordinates: line.coordinates, points });
		})
	);
}

/** Loads once per build: every prerendered page shares the result. */
export function loadSite(root = process.cwd()): Promise<Site> {
	cached ??= (async () => {
		const dataDir = join(staticDir(root), 'data');
		const manifest = await readJson<DataManifest>(resolve(dataDir, 'manifest.json'));
		const story = loadStory(await readStoryFiles(storyDir(root).dir, root), manifest.layers);
		return { story, manifest, drawPlans: await planDrawings(story, manifest, dataDir) };
	})();
	return cached;
}
