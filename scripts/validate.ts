/**
 * `npm run validate`: checks the story (its content and its geodata) as a whole, writes nothing,
 * and exits non-zero with every problem (file, line, field, what is wrong) on failure.
 * Usage: tsx scripts/validate.ts [--story <dir>]   (default: $STORY_DIR, else src/content)
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadStory } from '../src/lib/content/load-story';
import { ValidationError } from '../src/lib/content/validation-error';
import { readStoryFiles } from '../src/lib/server/read-story-files';
import { storyDir } from '../src/lib/server/story-dir';
import { loadGeodata } from '../geo/pipeline/load-geodata';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { story: { type: 'string' } } });
const story = storyDir(root, values.story ?? process.env.STORY_DIR);

try {
	const geodata = await loadGeodata(story.dir, story.display);
	const loaded = loadStory(await readStoryFiles(story.dir, root), geodata.layers);
	const features = geodata.layers.reduce((n, layer) => n + layer.features.length, 0);
	console.log(
		`valid: ${loaded.chapters.length} chapters, ${loaded.sources.length} sources, ` +
			`${geodata.layers.length} layers, ${features} features`
	);
} catch (error) {
	console.error(error instanceof ValidationError ? error.message : error);
	process.exit(1);
}
