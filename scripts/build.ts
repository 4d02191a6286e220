/**
 * `npm run build`: the whole chain, all or nothing. Nothing under static/ or build/ changes until
 * every step has succeeded; then static/data, static/basemap (when rebuilt) and build/ are swapped in
 * together (src/lib/server/swap-folders.ts). A failure at any step, the swap included, leaves them
 * byte for byte as they were, and removes the staging folder.
 *
 *   1. checks      PRE_BUILD_CHECKS, before anything is written
 *   2. validate    the story's geodata and content together, as `npm run validate` does
 *   3. stage       a staging folder in the project (.build-staging-*) gets static/ as the site will
 *                  serve it: the fresh data/ and basemap/, the rest copied
 *   4. vite build  reads the staged static/ and writes the staged build/ (svelte.config.js and
 *                  src/lib/server/static-dir.ts read BUILD_STATIC_DIR and BUILD_OUT_DIR)
 *   5. post-build  POST_BUILD_STEPS on the staged build/ (precompression; host files belong here too)
 *   6. swap
 *
 * Options: --story <dir> (default: $STORY_DIR, else src/content); --out <dir> writes the site there
 * instead of build/ and leaves static/ as it is (a side build, e.g. the example story the browser
 * tests also run on).
 * BUILD_FAULT=post-build|swap makes that step fail on purpose, for the test that proves a failed
 * build changes nothing (tests/content/atomic-build.test.ts); it is not for anything else.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { escapeForTerminal } from '../src/lib/content/terminal-text';
import { formatIssue } from '../src/lib/content/validation-error';
import { resolveSiteUrl } from '../src/lib/share/site-url';
import { exitWithFailure } from '../src/lib/server/cli-failure';
import { storyDir } from '../src/lib/server/story-dir';
import { swapFolders, type Swap } from '../src/lib/server/swap-folders';
import { labelLanguages } from '../geo/pipeline/label-languages';
import { stageGeodata } from '../geo/pipeline/stage-geodata';
import { checkStory, storySummary } from './check-story';
import { writeHostFiles } from './hosting/write-host-files.js';
import { precompress } from './precompress.js';

const root = resolve(import.meta.dirname, '..');
const staticDir = join(root, 'static');

/** Checks that need nothing built (the environment, settings); they throw to stop the build. */
const PRE_BUILD_CHECKS: { name: string; run(): void | Promise<void> }[] = [
	// Prerendered pages would throw it one by one, with a stack trace each.
	{ name: 'PUBLIC_SITE_URL', run: () => void resolveSiteUrl(process.env.PUBLIC_SITE_URL) }
];

/** Steps on the finished site before it is swapped in (the staged build/ folder). */
const POST_BUILD_STEPS: { name: string; run(siteDir: string): Promise<string> }[] = [
	{
		// Apache's .htaccess, the _headers of Netlify and Cloudflare Pages, .nojekyll (docs/deploy.md).
		name: 'host files',
		async run(siteDir) {
			await writeHostFiles(siteDir);
			return '.htaccess, _headers, .nojekyll';
		}
	},
	{
		name: 'precompress',
		async run(siteDir) {
			const { files, bytes, gzipped, brotli } = await precompress(siteDir);
			return `${files} files, ${bytes} bytes → ${gzipped} gzip, ${brotli} brotli`;
		}
	}
];

class BuildStepFailed extends Error {}

function injectedFault(step: string): void {
	if (process.env.BUILD_FAULT === step)
		throw new BuildStepFailed(`build: fault injected at "${step}" (BUILD_FAULT)`);
}

/** Colour codes (SGR) that tools print even when asked not to; dropped, not escaped. */
// eslint-disable-next-line no-control-regex -- ESC is what it finds
const COLOUR = /\u001b\[[0-9;]*m/g;

/** Passes a child's output through line by line, escaped: it may quote an author's text. */
function relay(stream: NodeJS.ReadableStream, out: NodeJS.WritableStream): void {
	let pending = '';
	stream.setEncoding('utf8');
	stream.on('data', (chunk: string) => {
		const lines = (pending + chunk).split('\n');
		pending = lines.pop() ?? '';
		for (const line of lines) out.write(`${escapeForTerminal(line.replace(COLOUR, ''))}\n`);
	});
	stream.on('end', () => {
		if (pending) out.write(`${escapeForTerminal(pending.replace(COLOUR, ''))}\n`);
	});
}

async function viteBuild(env: Record<string, string>): Promise<void> {
	const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
	const child = spawn(process.execPath, [vite, 'build'], {
		cwd: root,
		env: { ...process.env, ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	relay(child.stdout, process.stdout);
	relay(child.stderr, process.stderr);
	const code = await new Promise<number | null>((done, fail) => {
		child.on('error', fail);
		child.on('close', done);
	});
	if (code !== 0)
		throw new BuildStepFailed(`build: vite build failed (exit code ${code}); nothing was changed`);
}

/** Completes the staged static/ (which has the fresh geodata) with a copy of everything else in static/. */
async function copyRestOfStatic(stagedStatic: string): Promise<void> {
	const staged = new Set(await readdir(stagedStatic));
	const entries = await readdir(staticDir).catch(() => [] as string[]);
	for (const name of entries.filter((n) => !staged.has(n))) {
		await cp(join(staticDir, name), join(stagedStatic, name), { recursive: true });
	}
}

async function build(): Promise<void> {
	const { values } = parseArgs({ options: { story: { type: 'string' }, out: { type: 'string' } } });
	const story = storyDir(root, values.story ?? process.env.STORY_DIR);
	const sideBuild = values.out !== undefined;
	const buildDir = resolve(root, values.out ?? 'build');
	const step = (name: string, detail: string) => console.log(`build: ${name}: ${detail}`);
	let started = performance.now();
	const took = () => {
		const ms = Math.round(performance.now() - started);
		started = performance.now();
		return `${ms} ms`;
	};

	for (const check of PRE_BUILD_CHECKS) {
		try {
			await check.run();
		} catch (error) {
			throw new BuildStepFailed(`build: ${check.name}: ${(error as Error).message}`);
		}
	}
	const checked = await checkStory(root, story);
	for (const warning of checked.warnings) console.warn(escapeForTerminal(`warning: ${formatIssue(warning)}`));
	step('validate', `${storySummary(checked)} (${took()})`);

	const staging = await mkdtemp(join(root, '.build-staging-'));
	const removeStaging = () => rmSync(staging, { recursive: true, force: true });
	process.once('SIGINT', () => {
		removeStaging();
		process.exit(130);
	});
	try {
		const stagedStatic = join(staging, 'static');
		const stagedBuild = join(staging, 'build');
		const geo = await stageGeodata(checked.geodata, {
			staticDir,
			stagingDir: stagedStatic,
			labelLanguages: labelLanguages(checked.story.meta)
		});
		await copyRestOfStatic(stagedStatic);
		step('stage', `${geo.summary} (${took()})`);

		await viteBuild({
			STORY_DIR: story.dir,
			BUILD_STATIC_DIR: relative(root, stagedStatic),
			BUILD_OUT_DIR: relative(root, stagedBuild)
		});
		step('vite build', took());

		for (const postBuild of POST_BUILD_STEPS)
			step(postBuild.name, `${await postBuild.run(stagedBuild)} (${took()})`);
		injectedFault('post-build');

		const swaps: Swap[] = [
			...(sideBuild ? [] : [{ fresh: geo.data, target: join(staticDir, 'data') }]),
			...(geo.basemap && !sideBuild ? [{ fresh: geo.basemap, target: join(staticDir, 'basemap') }] : []),
			{ fresh: stagedBuild, target: buildDir }
		];
		await mkdir(staticDir, { recursive: true });
		await swapFolders(swaps, staging, (_swap, index) => {
			if (index === swaps.length - 1) injectedFault('swap');
		});
		const replaced = sideBuild ? [] : ['static/data', ...(geo.basemap ? ['static/basemap'] : [])];
		step('done', `${[...replaced, relative(root, buildDir) || '.'].join(', ')} replaced`);
	} finally {
		await rm(staging, { recursive: true, force: true });
	}
}

build().catch((error: unknown) => {
	if (error instanceof BuildStepFailed) {
		console.error(escapeForTerminal(error.message));
		process.exit(1);
	}
	exitWithFailure(error);
});
