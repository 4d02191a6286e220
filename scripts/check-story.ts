/** What `validate` does and `build` does first: the story's geodata and content, loaded and checked together. */
import { loadStory } from '../src/lib/content/load-story';
import type { Story } from '../src/lib/content/schema';
import { readStoryFiles } from '../src/lib/server/read-story-files';
import type { StoryDir } from '../src/lib/server/story-dir';
import { loadGeodata, type Geodata } from '../geo/pipeline/load-geodata';

export interface CheckedStory {
	geodata: Geodata;
	story: Story;
}

/** Throws a ValidationError listing every problem. */
export async function checkStory(root: string, folder: StoryDir): Promise<CheckedStory> {
	const geodata = await loadGeodata(folder.dir, folder.display);
	return { geodata, story: loadStory(await readStoryFiles(folder.dir, root), geodata.layers) };
}

/** "20 chapters, 107 sources, 9 layers, 27 features" */
export function storySummary({ geodata, story }: CheckedStory): string {
	const features = geodata.layers.reduce((n, layer) => n + layer.features.length, 0);
	return (
		`${story.chapters.length} chapters, ${story.sources.length} sources, ` +
		`${geodata.layers.length} layers, ${features} features`
	);
}
