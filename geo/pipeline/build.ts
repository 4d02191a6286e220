/**
 * `npm run geo`: validates the story's layers (layers.yaml and layers/ in the story folder, see
 * src/lib/server/story-dir.ts) and writes everything the page serves into static/data (layers +
 * manifest.json) and static/basemap (vector tiles cut from geo/sources).
 * Deterministic, and all-or-nothing: outputs are built in a staging folder (stage-geodata.ts) and
 * swapped in only when everything succeeded, so a failed run leaves the previous output untouched.
 * `npm run build` does the same as one step of the whole build (scripts/build.ts).
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { exitWithFailure } from '../../src/lib/server/cli-failure';
import { storyDir } from '../../src/lib/server/story-dir';
import { swapFolders } from '../../src/lib/server/swap-folders';
import { readLabelLanguages } from './label-languages';
import { loadGeodata } from './load-geodata';
import { stageGeodata } from './stage-geodata';

const root = resolve(import.meta.dirname, '../..');
const staticDir = join(root, 'static');

async function main(): Promise<void> {
	const started = performance.now();
	const story = storyDir(root);
	const geodata = await loadGeodata(story.dir, story.display);
	await mkdir(staticDir, { recursive: true });
	const staging = await mkdtemp(join(root, '.geo-staging-'));
	try {
		const staged = await stageGeodata(geodata, {
			staticDir,
			stagingDir: staging,
			labelLanguages: await readLabelLanguages(story)
		});
		await swapFolders(
			[
				{ fresh: staged.data, target: join(staticDir, 'data') },
				...(staged.basemap ? [{ fresh: staged.basemap, target: join(staticDir, 'basemap') }] : [])
			],
			staging
		);
		console.log(`geo: ${staged.summary} (${Math.round(performance.now() - started)} ms)`);
	} finally {
		await rm(staging, { recursive: true, force: true });
	}
}

main().catch(exitWithFailure);
