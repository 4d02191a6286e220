/**
 * `npm run new-story <folder>` writes a story that validates and builds: the real commands, run
 * on the scaffold in a throwaway copy of the project (so the project's own static/ and build/ stay).
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);
let project: string;

beforeAll(async () => {
	project = await mkdtemp(join(tmpdir(), 'new-story-'));
	for (const name of [
		'package.json',
		'svelte.config.js',
		'vite.config.ts',
		'tsconfig.json',
		'src',
		'scripts'
	])
		await cp(join(root, name), join(project, name), { recursive: true });
	await mkdir(join(project, 'geo'));
	await cp(join(root, 'geo/pipeline'), join(project, 'geo/pipeline'), { recursive: true });
	await symlink(join(root, 'geo/sources'), join(project, 'geo/sources'));
	await symlink(join(root, 'node_modules'), join(project, 'node_modules'));
	await mkdir(join(project, 'static'));
	await cp(join(root, 'static/favicon.svg'), join(project, 'static/favicon.svg'));
});

afterAll(async () => {
	if (project) await rm(project, { recursive: true, force: true });
});

it('scaffolds a story that validates and builds', { timeout: 180_000 }, async () => {
	const env = { ...process.env, STORY_DIR: 'stories/first', PUBLIC_SITE_URL: 'https://example.org/story' };
	const made = await run('npm', ['run', 'new-story', '--', 'stories/first'], { cwd: project, env });
	expect(made.stdout).toContain('A new story is in stories/first/');
	expect((await readdir(join(project, 'stories/first'))).sort()).toEqual(
		['README.md', 'chapters', 'layers', 'layers.yaml', 'sources.yaml', 'story.yaml'].sort()
	);
	const validated = await run('npm', ['run', 'validate'], { cwd: project, env });
	expect(validated.stdout).toMatch(/^valid: 1 chapters, 1 sources, 1 layers, 1 features$/m);
	await run('npm', ['run', 'build'], { cwd: project, env, maxBuffer: 1 << 26 });
	expect(await readdir(join(project, 'build'))).toContain('index.html');

	// A second scaffold into the same folder refuses, and leaves it as it was.
	const again = await run('npm', ['run', 'new-story', '--', 'stories/first'], { cwd: project, env }).catch(
		(error: { code: number; stderr: string }) => error
	);
	expect(again).toMatchObject({ code: 1 });
});
