/** Reads an edition's folder (editions/<lang>/, docs/editions.md) for loadEdition. */
import { access, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { EditionFiles } from '../content/load-edition';
import type { ContentFile } from '../content/load-story';
import { IssueList } from '../content/validation-error';
import { readTextFile } from './read-text-file';

async function exists(path: string): Promise<boolean> {
	return access(path).then(
		() => true,
		() => false
	);
}

export async function readEditionFiles(storyDir: string, lang: string, root: string): Promise<EditionFiles> {
	const issues = new IssueList();
	const dir = join(storyDir, 'editions', lang);
	const read = async (path: string): Promise<ContentFile> => {
		const display = relative(root, path);
		return { path: display, text: (await readTextFile(path, display, issues)) ?? '' };
	};
	const optional = async (name: string) =>
		(await exists(join(dir, name))) ? await read(join(dir, name)) : undefined;
	const chaptersDir = join(dir, 'chapters');
	const names = (await exists(chaptersDir))
		? (await readdir(chaptersDir)).filter((name) => name.endsWith('.md')).sort()
		: [];
	const files: EditionFiles = {
		lang,
		dir: relative(root, dir),
		edition: await read(join(dir, 'edition.yaml')),
		strings: await read(join(dir, 'strings.yaml')),
		chapters: await Promise.all(names.map((name) => read(join(chaptersDir, name)))),
		layers: await optional('layers.yaml'),
		sources: await optional('sources.yaml'),
		corrections: await optional('corrections.yaml')
	};
	issues.throwIfAny();
	return files;
}
