/**
 * `npm run validate`: checks the story (its content, its geodata and its editions in other
 * languages) as a whole, writes nothing, and exits non-zero with every problem (file, line, field,
 * what is wrong) on failure. Translations older than a later change to their original are warnings.
 * Usage: tsx scripts/validate.ts [--story <dir>]   (default: $STORY_DIR, else src/content)
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { escapeForTerminal } from '../src/lib/content/terminal-text';
import { formatIssue } from '../src/lib/content/validation-error';
import { exitWithFailure } from '../src/lib/server/cli-failure';
import { storyDir } from '../src/lib/server/story-dir';
import { checkStory, storySummary } from './check-story';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { story: { type: 'string' } } });

try {
	const checked = await checkStory(root, storyDir(root, values.story ?? process.env.STORY_DIR));
	for (const warning of checked.warnings) console.warn(escapeForTerminal(`warning: ${formatIssue(warning)}`));
	console.log(`valid: ${storySummary(checked)}`);
} catch (error) {
	exitWithFailure(error);
}
