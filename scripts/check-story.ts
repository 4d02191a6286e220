/**
 * What `validate` does and `build` does first: the story's geodata and content, loaded and checked
 * together, and each of its editions in another language checked against it (docs/editions.md).
 */
import { loadEdition, type LoadedEdition } from '../src/lib/content/load-edition';
import { loadStory } from '../src/lib/content/load-story';
import type { Story } from '../src/lib/content/schema';
import { ValidationError, type ValidationIssue } from '../src/lib/content/validation-error';
import { readEditionFiles } from '../src/lib/server/read-edition-files';
import { readStoryFiles } from '../src/lib/server/read-story-files';
import type { StoryDir } from '../src/lib/server/story-dir';
import { loadGeodata, type Geodata } from '../geo/pipeline/load-geodata';

export interface CheckedStory {
	geodata: Geodata;
	story: Story;
	editions: LoadedEdition[];
	/** What is only out of date (a translation older than a change to its original). */
	warnings: ValidationIssue[];
}

/** Throws a ValidationError listing every problem, of the story and of all its editions. */
export async function checkStory(root: string, folder: StoryDir): Promise<CheckedStory> {
	const geodata = await loadGeodata(folder.dir, folder.display);
	const files = await readStoryFiles(folder.dir, root);
	const story = loadStory(files, geodata.layers);
	const editions: LoadedEdition[] = [];
	const problems: ValidationIssue[] = [];
	for (const lang of story.meta.editions) {
		try {
			const edition = await readEditionFiles(folder.dir, lang, root);
			editions.push(loadEdition(edition, { story, files, layers: geodata.layers }));
		} catch (error) {
			if (!(error instanceof ValidationError)) throw error;
			problems.push(...error.issues);
		}
	}
	if (problems.length > 0) throw new ValidationError(problems);
	return { geodata, story, editions, warnings: editions.flatMap((edition) => edition.warnings) };
}

/** "20 chapters, 107 sources, 9 layers, 27 features; editions: fa (20 of 20 chapters translated)" */
export function storySummary({ geodata, story, editions }: CheckedStory): string {
	const features = geodata.layers.reduce((n, layer) => n + layer.features.length, 0);
	const translated = editions.map((edition) => {
		const done = edition.story.chapters.filter((chapter) => !chapter.lang).length;
		return `${edition.settings.lang} (${done} of ${story.chapters.length} chapters translated)`;
	});
	return (
		`${story.chapters.length} chapters, ${story.sources.length} sources, ` +
		`${geodata.layers.length} layers, ${features} features` +
		(translated.length > 0 ? `; editions: ${translated.join(', ')}` : '')
	);
}
