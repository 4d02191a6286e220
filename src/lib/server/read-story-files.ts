/**
 * Reads a story's content files (story.yaml, sources.yaml, chapters/*.md, and corrections.yaml
 * when there is one) for loadStory, safely (story-files.ts).
 */
import { lstat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ContentFile, StoryFiles } from '../content/load-story';
import { IssueList } from '../content/validation-error';
import type { StoryDir } from './story-dir';
import { checkStoryFolder, listStoryFiles, readStoryFile } from './story-files';

/** Whether an optional file is there at all (what it is, readStoryFile checks). */
export async function present(folder: StoryDir, relativePath: string): Promise<boolean> {
	return lstat(join(folder.dir, relativePath)).then(
		() => true,
		() => false
	);
}

/**
 * @param contentDir the story folder
 * @param root the project root: messages name files relative to it
 */
export async function readStoryFiles(contentDir: string, root: string): Promise<StoryFiles> {
	const folder = { dir: contentDir, display: relative(root, contentDir) || '.' };
	await checkStoryFolder(folder);
	const issues = new IssueList();
	const read = async (path: string): Promise<ContentFile> => ({
		path: `${folder.display}/${path}`,
		text: (await readStoryFile(folder, path, issues)) ?? ''
	});
	const names =
		(await listStoryFiles(
			folder,
			'chapters',
			'.md',
			issues,
			'it holds the chapters, one Markdown file each (see docs/authoring.md)'
		)) ?? [];
	const files: StoryFiles = {
		story: await read('story.yaml'),
		sources: await read('sources.yaml'),
		// One at a time: a story of many big chapters is never all in memory twice.
		chapters: []
	};
	for (const name of names) files.chapters.push(await read(`chapters/${name}`));
	if (await present(folder, 'corrections.yaml')) files.corrections = await read('corrections.yaml');
	issues.throwIfAny();
	return files;
}
