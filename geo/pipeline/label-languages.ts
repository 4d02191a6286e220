/**
 * The languages the basemap keeps its place names in: those the story's pages are written in (its
 * own `lang` and its `editions` in story.yaml), as Natural Earth names them (`name_fa`, `name_pt`).
 * English is always kept: labels fall back to it.
 */
import type { StoryDir } from '../../src/lib/server/story-dir';
import { readStoryFile } from '../../src/lib/server/story-files';
import { parseYaml } from '../../src/lib/content/yaml-file';
import { IssueList } from '../../src/lib/content/validation-error';

/** Natural Earth's name column for a language tag ("pt-BR" → "name_pt"). */
export function naturalEarthNameColumn(lang: string): string {
	return `name_${lang.split('-')[0]!.toLowerCase()}`;
}

/** The languages besides English, from settings already validated or as story.yaml gives them. */
export function labelLanguages(settings: { lang?: unknown; editions?: unknown }): string[] {
	const tags = [settings.lang, ...(Array.isArray(settings.editions) ? settings.editions : [])];
	const bases = tags.filter((tag): tag is string => typeof tag === 'string').map((tag) => tag.split('-')[0]!);
	return [...new Set(bases.filter((lang) => /^[a-z]{2,3}$/.test(lang) && lang !== 'en'))].sort();
}

/**
 * Reads them from story.yaml for `npm run geo`, which does not validate the story's text: a story
 * file that cannot be read gives none (validation, in `npm run validate` and `build`, says why).
 */
export async function readLabelLanguages(folder: StoryDir): Promise<string[]> {
	const issues = new IssueList();
	const text = await readStoryFile(folder, 'story.yaml', issues);
	const parsed = text === undefined ? undefined : parseYaml(text, 'story.yaml', issues);
	const data = parsed?.data;
	return data && typeof data === 'object' ? labelLanguages(data) : [];
}
