/**
 * The authors' live preview's work (scripts/story-preview.js runs it in the dev server after each
 * change to the story folder): the story is checked, and its layers are prepared again into
 * static/data as `npm run geo` writes them (the basemap is kept: after changing the story's region,
 * restart `npm run dev`).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadStory } from '../src/lib/content/load-story';
import type { DataManifest } from '../src/lib/geodata/manifest';
import { readStoryFiles } from '../src/lib/server/read-story-files';
import { storyDir } from '../src/lib/server/story-dir';
import { loadGeodata } from '../geo/pipeline/load-geodata';

const root = resolve(import.meta.dirname, '..');

/** Checks the story, and writes its layers to static/data; throws a ValidationError on a problem. */
export async function refreshStory(): Promise<void> {
	const story = storyDir(root);
	const geodata = await loadGeodata(story.dir, story.display);
	loadStory(await readStoryFiles(story.dir, root), geodata.layers);
	const dataDir = join(root, 'static', 'data');
	const previous = JSON.parse(await readFile(join(dataDir, 'manifest.json'), 'utf8')) as DataManifest;
	const manifest: DataManifest = { ...previous, region: geodata.config.region, layers: geodata.layers };
	await mkdir(dataDir, { recursive: true });
	for (const [name, text] of geodata.files) await writeFile(join(dataDir, name), text);
	await writeFile(join(dataDir, 'manifest.json'), JSON.stringify(manifest, null, '\t') + '\n');
}
