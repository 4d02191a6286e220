/**
 * `npm run validate`: checks the geodata (geo/) and the story (src/content/) together, writes
 * nothing, and exits non-zero with every problem (file, line, field, what is wrong) on failure.
 * Usage: tsx scripts/validate.ts [--geo <dir>] [--content <dir>]   (defaults: geo, src/content)
 */
import { resolve, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { loadStory } from '../src/lib/content/load-story';
import { ValidationError } from '../src/lib/content/validation-error';
import { readStoryFiles } from '../src/lib/server/read-story-files';
import { loadGeodata } from '../geo/pipeline/load-geodata';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { geo: { type: 'string' }, content: { type: 'string' } } });
const geoDir = resolve(values.geo ?? join('geo'));
const contentDir = resolve(values.content ?? join('src', 'content'));

function join(...parts: string[]): string {
	return resolve(root, ...parts);
}

try {
	const geodata = await loadGeodata(geoDir, relative(root, geoDir) || '.');
	const story = loadStory(await readStoryFiles(contentDir, root), geodata.layers);
	const features = geodata.layers.reduce((n, layer) => n + layer.features.length, 0);
	console.log(
		`valid: ${story.chapters.length} chapters, ${story.sources.length} sources, ` +
			`${geodata.layers.length} layers, ${features} features`
	);
} catch (error) {
	console.error(error instanceof ValidationError ? error.message : error);
	process.exit(1);
}
