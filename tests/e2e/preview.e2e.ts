/**
 * The authors' live preview (`npm run dev`, scripts/story-preview.ts): editing a chapter, a layer
 * or story.yaml updates the open page within a few seconds, and a mistake shows in the page with
 * its file, line and field. Runs the real dev server on a throwaway copy of the story
 * (STORY_DIR), so the story itself is never touched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const PORT = Number(process.env.E2E_DEV_PORT ?? 4179);
const ORIGIN = `http://localhost:${PORT}`;
/** A reload that takes longer than this is not "live" (the issue asks for about two seconds). */
const LIVE_MS = 6_000;

let story: string;
let server: ChildProcess;
let output = '';

// The mistake below makes the dev server answer 500 on purpose.
test.use({ baseURL: ORIGIN, expectedConsoleErrors: [/status of 500/] });

test.beforeAll(async () => {
	test.setTimeout(120_000);
	story = await mkdtemp(join(tmpdir(), 'story-preview-'));
	await cp('src/content', story, { recursive: true });
	server = spawn('npx', ['vite', 'dev', '--port', String(PORT), '--strictPort'], {
		env: { ...process.env, STORY_DIR: story, NO_COLOR: '1', FORCE_COLOR: '0' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	server.stdout!.on('data', (chunk) => (output += String(chunk)));
	server.stderr!.on('data', (chunk) => (output += String(chunk)));
	await expect.poll(() => output, { timeout: 60_000 }).toContain(`localhost:${PORT}`);
});

test.afterAll(async () => {
	server?.kill();
	if (story) await rm(story, { recursive: true, force: true });
});

async function edit(file: string, change: (text: string) => string): Promise<void> {
	const path = join(story, file);
	await writeFile(path, change(await readFile(path, 'utf8')));
}

test('an edit reloads the open page with it; a mistake shows in the page and the terminal', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.goto('/', { timeout: 90_000 });
	await expect(page.locator('h1')).toBeVisible({ timeout: 60_000 });

	let started = Date.now();
	await edit('chapters/tehran.md', (text) =>
		text.replace(/^title: .*$/m, 'title: Founded in Tehran (edited)')
	);
	await expect(page.locator('#tehran-title')).toHaveText('Founded in Tehran (edited)', { timeout: 30_000 });
	const chapterMs = Date.now() - started;

	started = Date.now();
	await edit('story.yaml', (text) =>
		text.replace(/^subtitle: .*$/m, 'subtitle: A subtitle from the preview')
	);
	await expect(page.locator('.subtitle')).toHaveText('A subtitle from the preview', { timeout: 30_000 });
	const storyMs = Date.now() - started;

	// A place's details stay open across the reload (the URL names the place). The live map's box
	// appears once the page runs: clicks before that would reach a page not yet hydrated.
	await expect(page.getByTestId('story-map')).toBeAttached({ timeout: 30_000 });
	await page.locator('button[data-place="tehran"]').first().click();
	await expect(page.getByTestId('place-details')).toBeVisible();
	started = Date.now();
	await edit('layers/tehran.geojson', (text) => text.replace('"summary": "', '"summary": "EDITED. '));
	await expect(page.getByTestId('place-details')).toContainText('EDITED.', { timeout: 30_000 });
	const layerMs = Date.now() - started;

	await edit('chapters/tehran.md', (text) => text.replace(/^title: .*$/m, 'titel: oops'));
	await expect(page.locator('pre')).toContainText('chapters/tehran.md:', { timeout: 30_000 });
	await expect(page.locator('pre')).toContainText('titel: is not a known field');
	await expect.poll(() => output).toContain('titel: is not a known field');

	console.log(`preview: chapter ${chapterMs} ms, story.yaml ${storyMs} ms, layer ${layerMs} ms`);
	for (const ms of [chapterMs, storyMs, layerMs]) expect(ms).toBeLessThan(LIVE_MS);
});
