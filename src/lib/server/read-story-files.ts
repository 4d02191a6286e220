/**
 * Reads a story's content folder (story.yaml, sources.yaml, chapters/*.md, and corrections.yaml
 * when there is one) for loadStory.
 */
import { access, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ContentFile, StoryFiles } from '../content/load-story';
import { IssueList } from '../content/validation-error';
import { readTextFile } from './read-text-file';

async function exists(path: string): Promise<boolean> {
	return access(path).then(
		() => true,
		() => false
	);
}

export async function readStoryFiles(contentDir: string, root: string): Promise<StoryFiles> {
	const issues = new IssueList();
	const read = async (path: string): Promise<ContentFile> => {
		const display = relative(root, path);
		return { path: display, text: (await readTextFile(path, display, issues)) ?? '' };
	};
	const chaptersDir = join(contentDir, 'chapters');
	const names = (await readdir(chaptersDir)).filter((name) => name.endsWith('.md')).sort();
	const files: StoryFiles = {
		story: await read(join(contentDir, 'story.yaml')),
		sources: await read(join(contentDir, 'sources.yaml')),
		chapters: await Promise.all(names.map((name) => read(join(chaptersDir, name))))
	};
	const corrections = join(contentDir, 'corrections.yaml');
	if (await exists(corrections)) files.corrections = await read(corrections);
	issues.throwIfAny();
	return files;
}
