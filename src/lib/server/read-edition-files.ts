/** Reads an edition's folder (editions/<lang>/ in the story folder, docs/editions.md) for loadEdition, safely (story-files.ts). */
import { relative } from 'node:path';
import type { EditionFiles } from '../content/load-edition';
import type { ContentFile } from '../content/load-story';
import { IssueList } from '../content/validation-error';
import { present } from './read-story-files';
import { listStoryFiles, readStoryFile } from './story-files';

/**
 * @param storyDir the story folder
 * @param lang the edition's language: its folder is editions/<lang>/
 * @param root the project root: messages name files relative to it
 */
export async function readEditionFiles(storyDir: string, lang: string, root: string): Promise<EditionFiles> {
	const folder = { dir: storyDir, display: relative(root, storyDir) || '.' };
	const issues = new IssueList();
	const base = `editions/${lang}`;
	const read = async (path: string): Promise<ContentFile> => ({
		path: `${folder.display}/${base}/${path}`,
		text: (await readStoryFile(folder, `${base}/${path}`, issues)) ?? ''
	});
	const optional = async (path: string) =>
		(await present(folder, `${base}/${path}`)) ? await read(path) : undefined;
	const names = (await present(folder, `${base}/chapters`))
		? ((await listStoryFiles(
				folder,
				`${base}/chapters`,
				'.md',
				issues,
				'it holds the translated chapters'
			)) ?? [])
		: [];
	const files: EditionFiles = {
		lang,
		dir: `${folder.display}/${base}`,
		edition: await read('edition.yaml'),
		strings: await read('strings.yaml'),
		chapters: [],
		layers: await optional('layers.yaml'),
		sources: await optional('sources.yaml'),
		corrections: await optional('corrections.yaml')
	};
	for (const name of names) files.chapters.push(await read(`chapters/${name}`));
	issues.throwIfAny();
	return files;
}
