/**
 * The story's self-hosted fonts (story.yaml `fonts`): their files are read from the story folder,
 * checked, and served by the site under fonts/ with a content hash in their names (the
 * /fonts/[file] route writes them into the build). Build time only.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { FontSettings, StoryMeta } from '../content/schema';
import { IssueList } from '../content/validation-error';
import type { PageFont } from '../i18n/edition';
import { readStoryBytes } from './story-files';

export interface FontAsset {
	/** Name under fonts/ on the site, with a content hash. */
	name: string;
	bytes: Uint8Array;
	type: string;
}

type FontUse = keyof StoryMeta['fonts'];

/** Every font file and licence the settings name, read and checked; problems go to `issues`. */
export async function readFontAssets(
	fonts: StoryMeta['fonts'],
	storyDir: { dir: string; display: string },
	storyFile: string,
	issues: IssueList
): Promise<Map<string, FontAsset>> {
	const assets = new Map<string, FontAsset>();
	const read = async (path: string, field: string, type: string) => {
		if (assets.has(path)) return;
		if (path.split('/').some((part) => part === '..' || part === '') || path.startsWith('/')) {
			issues.add({ file: storyFile, field, message: `"${path}" must be a path inside the story folder` });
			return;
		}
		// Checked like every story file (story-files.ts): a link to a file outside the story would
		// otherwise be published with the site.
		const refused = new IssueList();
		const bytes = await readStoryBytes(storyDir, path, refused);
		if (!bytes) {
			for (const problem of refused.issues)
				issues.add({ file: storyFile, field, message: `${problem.file} ${problem.message}` });
			return;
		}
		const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
		const name = basename(path).replace(/(\.[a-z0-9]+)$/i, `.${hash}$1`);
		assets.set(path, { name, bytes, type });
	};
	for (const use of Object.keys(fonts) as FontUse[]) {
		const font = fonts[use];
		if (!font) continue;
		await read(font.licence_file, `fonts.${use}.licence_file`, 'text/plain; charset=utf-8');
		for (const [i, file] of font.files.entries())
			await read(file.file, `fonts.${use}.files[${i}].file`, 'font/woff2');
	}
	return assets;
}

/** A font as pages declare it, with its files' served URLs. */
export function pageFont(font: FontSettings, assets: ReadonlyMap<string, FontAsset>): PageFont {
	return {
		family: font.family,
		licence: font.licence,
		licenceUrl: `fonts/${assets.get(font.licence_file)!.name}`,
		files: font.files.map((file) => ({
			url: `fonts/${assets.get(file.file)!.name}`,
			weight: file.weight,
			unicodeRange: file.unicode_range
		}))
	};
}
