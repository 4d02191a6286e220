/**
 * Where the story is: one folder holding its content (story.yaml, sources.yaml, chapters/) and its
 * geodata (layers.yaml, layers/). The default is this project's story; `STORY_DIR=<folder>` (for
 * `npm run validate`, `geo`, `build` and `dev`) builds another one. Build time only.
 */
import { relative, resolve } from 'node:path';

/** The project's own story, relative to the project root. */
export const DEFAULT_STORY_DIR = 'src/content';

export interface StoryDir {
	/** Absolute path of the story folder. */
	dir: string;
	/** The folder as error messages name it: relative to the project root ("src/content"). */
	display: string;
}

/**
 * The story folder named by `STORY_DIR` (relative to the project root, or absolute), else the default.
 * @param root the project root (where package.json is)
 */
export function storyDir(root: string, env = process.env.STORY_DIR): StoryDir {
	const dir = resolve(root, env || DEFAULT_STORY_DIR);
	return { dir, display: relative(root, dir) || '.' };
}
