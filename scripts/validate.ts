/**
 * `npm run validate`: checks the story (its content and its geodata) as a whole, writes nothing,
 * and exits non-zero with every problem (file, line, field, what is wrong) on failure.
 * Usage: tsx scripts/validate.ts [--story <dir>]   (default: $STORY_DIR, else src/content)
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadStory } from '../src/lib/content/load-story';
import { loadEdition } from '../src/lib/content/load-edition';
import { formatIssue, ValidationError } from '../src/lib/content/validation-error';
import { readEditionFiles } from '../src/lib/server/read-edition-files';
import { readStoryFiles } from '../src/lib/server/read-story-files';
import { storyDir } from '../src/lib/server/story-dir';
import { loadGeodata } from '../geo/pipeline/load-geodata';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { story: { type: 'string' } } });
const story = storyDir(root, values.story ?? process.env.STORY_DIR);

try {
	const geodata = await loadGeodata(story.dir, story.display);
	const files = await readStoryFiles(story.dir, root);
	const loaded = loadStory(files, geodata.layers);
	const features = geodata.layers.reduce((n, layer) => n + layer.features.length, 0);
	// Every edition in another language, checked against the original (docs/editions.md).
	const editions = [];
	const problems = [];
	for (const lang of loaded.meta.editions) {
		try {
			const edition = loadEdition(await readEditionFiles(story.dir, lang, root), {
				story: loaded,
				files,
				layers: geodata.layers
			});
			for (const warning of edition.warnings) console.warn(`warning: ${formatIssue(warning)}`);
			const translated = edition.story.chapters.filter((chapter) => !chapter.lang).length;
			editions.push(`${lang} (${translated} of ${loaded.chapters.length} chapters translated)`);
		} catch (error) {
			if (!(error instanceof ValidationError)) throw error;
			problems.push(...error.issues);
		}
	}
	if (problems.length > 0) throw new ValidationError(problems);
	console.log(
		`valid: ${loaded.chapters.length} chapters, ${loaded.sources.length} sources, ` +
			`${geodata.layers.length} layers, ${features} features` +
			(editions.length > 0 ? `; editions: ${editions.join(', ')}` : '')
	);
} catch (error) {
	console.error(error instanceof ValidationError ? error.message : error);
	process.exit(1);
}
