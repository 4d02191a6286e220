/**
 * `npm run validate`: checks the story (its content and its geodata) as a whole, writes nothing,
 * and exits non-zero with every problem (file, line, field, what is wrong) on failure.
 * Usage: tsx scripts/validate.ts [--story <dir>]   (default: $STORY_DIR, else src/content)
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exitWithFailure } from '../src/lib/server/cli-failure';
import { storyDir } from '../src/lib/server/story-dir';
import { checkStory, storySummary } from './check-story';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { story: { type: 'string' } } });

try {
	console.log(
		`valid: ${storySummary(await checkStory(root, storyDir(root, values.story ?? process.env.STORY_DIR)))}`
	);
} catch (error) {
	exitWithFailure(error);
}
