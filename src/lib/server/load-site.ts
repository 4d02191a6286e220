/** What every page is built from: the validated story and the geodata manifest. Build time only. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadStory } from '../content/load-story';
import type { Story } from '../content/schema';
import type { DataManifest } from '../geodata/manifest';
import { readStoryFiles } from './read-story-files';

export interface Site {
	story: Story;
	manifest: DataManifest;
}

let cached: Promise<Site> | undefined;

async function readManifest(path: string): Promise<DataManifest> {
	try {
		return JSON.parse(await readFile(path, 'utf8')) as DataManifest;
	} catch {
		throw new Error(`${path} is missing or unreadable: run \`npm run geo\` first`);
	}
}

/** Loads once per build: every prerendered page shares the result. */
export function loadSite(root = process.cwd()): Promise<Site> {
	cached ??= (async () => {
		const manifest = await readManifest(resolve(root, 'static/data/manifest.json'));
		const story = loadStory(await readStoryFiles(resolve(root, 'src/content'), root), manifest.layers);
		return { story, manifest };
	})();
	return cached;
}
